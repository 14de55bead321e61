import { describe, expect, it } from "vitest";
import { isList, listJson, withGeneratedAt } from "./list-json";

const at = new Date("2026-12-07T02:00:00.000Z");

describe("a list's JSON with the moment it is answered", () => {
  it("adds generatedAt to meta, whether meta is empty or not, and keeps everything else", () => {
    for (const meta of [{}, { count: 3 }, { count: 0, note: "}}" }]) {
      const body = { meta, data: [{ title: 'ends with "}}"', nested: { a: {} } }], links: { next: null } };
      const sent = JSON.parse(withGeneratedAt(listJson(body), at));
      expect(sent).toEqual({ ...body, meta: { ...meta, generatedAt: at.toISOString() } });
    }
  });

  it("writes meta last, so the members come out in the order data, links, meta", () => {
    const json = listJson({ meta: { count: 1 }, data: [1], links: {} } as { meta: object });
    expect(Object.keys(JSON.parse(json))).toEqual(["data", "links", "meta"]);
  });

  it("tells lists (with meta) from single items", () => {
    expect(isList({ data: [], links: {}, meta: {} })).toBe(true);
    expect(isList({ data: { code: "LMC-2024-TH-001" } })).toBe(false);
    expect(isList(null)).toBe(false);
  });
});
