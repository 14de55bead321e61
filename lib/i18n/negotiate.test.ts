import { describe, expect, it } from "vitest";
import { preferredLocale, switchLocale } from "./negotiate";

describe("preferredLocale", () => {
  it.each([
    ["th-TH,th;q=0.9,en;q=0.8", "th"],
    ["zh-CN,zh;q=0.9", "zh"],
    ["km-KH", "km"],
    ["lo", "lo"],
    ["my-MM,en;q=0.5", "my"],
    ["vi-VN,vi;q=0.9,fr;q=0.5", "vi"],
    ["fr-FR,de;q=0.8", "en"],
    ["de;q=0.9,th;q=0.8", "th"],
    ["", "en"],
    ["*", "en"],
    ["not a header ,,;;q=x", "en"],
  ])("%s → %s", (header, expected) => {
    expect(preferredLocale(header, undefined)).toBe(expected);
  });

  it("puts the reader's remembered choice before the browser's", () => {
    expect(preferredLocale("th", "vi")).toBe("vi");
    expect(preferredLocale("th", "xx")).toBe("th");
  });
});

describe("switchLocale", () => {
  it("keeps the page", () => {
    expect(switchLocale("/th/plan/4-2-5", "vi")).toBe("/vi/plan/4-2-5");
    expect(switchLocale("/th", "km")).toBe("/km");
    expect(switchLocale("/", "lo")).toBe("/lo");
    expect(switchLocale("/plan", "zh")).toBe("/zh/plan");
  });
});
