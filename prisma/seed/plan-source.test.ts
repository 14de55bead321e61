import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlanSource } from "./plan-source";

const source = parsePlanSource(readFileSync("prisma/seed/data/plan-2018-2022.zh.md", "utf8"));
const byNumber = new Map(source.sections.map((section) => [section.number, section]));

describe("parsePlanSource on the 2018–2022 plan", () => {
  it("reads the title without the page's timestamp", () => {
    expect(source.title).toBe("澜沧江 - 湄公河合作五年行动计划 (2018 - 2022)");
  });

  it("takes the structure from the numbering, whatever the heading level", () => {
    expect(source.sections.map((section) => section.number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "4.1",
      "4.1.1",
      "4.1.2",
      "4.1.3",
      "4.1.4",
      "4.2",
      "4.2.1",
      "4.2.2",
      "4.2.3",
      "4.2.4",
      "4.2.5",
      "4.2.6",
      "4.2.7",
    ]);
    expect(byNumber.get("4.2")).toMatchObject({ level: "section", title: "经济与可持续发展" });
    expect(byNumber.get("4.2.1")).toMatchObject({ level: "subsection", title: "互联互通" });
    expect(byNumber.get("4")).toMatchObject({ level: "chapter", title: "务实合作" });
  });

  it("keeps every paragraph verbatim and in order", () => {
    expect(byNumber.get("3")!.paragraphs).toHaveLength(7);
    expect(byNumber.get("4.2.5")!.paragraphs).toHaveLength(7);
    expect(byNumber.get("4.2.5")!.paragraphs[2]).toMatch(/^促进水利技术合作与交流/);
    expect(byNumber.get("4.2.7")!.paragraphs).toEqual([
      "制定“澜湄可持续减贫合作五年计划”，推动澜湄国家减贫经验交流和知识分享。",
    ]);
    const total = source.sections.reduce((sum, section) => sum + section.paragraphs.length, 0);
    expect(total).toBe(55);
  });

  it("rejects text before the first heading and unnumbered headings", () => {
    expect(() => parsePlanSource("# Title\n\nstray text")).toThrow(/before the first numbered heading/);
    expect(() => parsePlanSource("# Title\n## 一、A\n## Oops")).toThrow(/Unnumbered heading/);
  });
});
