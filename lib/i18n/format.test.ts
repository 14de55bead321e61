import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatYearRange, languageName } from "./format";
import { locales } from "./settings";

describe("Intl formatting per locale", () => {
  it("writes calendar days in UTC, as each language does", () => {
    const day = new Date("2018-01-10T00:00:00Z");
    expect(formatDate(day, "en")).toBe("January 10, 2018");
    expect(formatDate(day, "zh")).toBe("2018年1月10日");
    expect(formatDate(day, "th")).toContain("2561");
  });

  it("uses the Buddhist era in Thai and Myanmar digits in Burmese", () => {
    expect(formatYearRange(2018, 2022, "th")).toContain("2561");
    expect(formatYearRange(2018, 2022, "my")).toContain("၂၀၁၈");
    expect(formatNumber(1234, "vi")).toBe("1.234");
  });

  it("formats moments for staff screens in every locale", () => {
    for (const lng of locales)
      expect(formatDateTime(new Date("2026-11-28T21:44:00Z"), lng)).toMatch(/UTC|GMT|协调世界时/);
  });

  it("names languages without brackets, so a label may put one in brackets", () => {
    for (const lng of locales)
      for (const of of locales) expect(languageName(of, lng), `${of} in ${lng}`).not.toMatch(/[()（）]/);
    expect(languageName("zh", "my")).toBe("တရုတ်");
  });
});
