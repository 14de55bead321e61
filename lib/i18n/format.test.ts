import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatMessageValue,
  formatNumber,
  formatPercent,
  formatUsd,
  formatYear,
  formatYearRange,
  languageName,
} from "./format";
import { locales } from "./settings";

describe("Intl formatting per locale", () => {
  it("keeps one formatter per locale and style: alternating calls never answer in the other's form", () => {
    for (let round = 0; round < 2; round++) {
      expect(formatYear(2026, "th")).toBe("พ.ศ. 2569");
      expect(formatYear(2026, "en")).toBe("2026");
      expect(formatUsd(1234, "en", false)).toBe("$1,234");
      expect(formatUsd(1234, "en")).toBe("$1.2K");
      expect(formatDate(new Date("2026-12-01T00:00:00Z"), "en", "medium")).toBe("Dec 1, 2026");
      expect(formatDate(new Date("2026-12-01T00:00:00Z"), "en")).toBe("December 1, 2026");
    }
  });

  it("writes calendar days in UTC, as each language does", () => {
    const day = new Date("2018-01-10T00:00:00Z");
    expect(formatDate(day, "en")).toBe("January 10, 2018");
    expect(formatDate(day, "zh")).toBe("2018年1月10日");
    expect(formatDate(day, "th")).toContain("2561");
  });

  it("counts years in the Buddhist era in Thai only, and writes Latin digits in every language (ADR 21)", () => {
    expect(formatYearRange(2018, 2022, "th")).toContain("2561");
    expect(formatYear(2026, "th")).toBe("พ.ศ. 2569");
    expect(formatDate(new Date("2026-12-01T00:00:00Z"), "th")).toBe("1 ธันวาคม 2569");
    expect(formatYearRange(2018, 2022, "my")).toContain("2018");
    expect(formatNumber(1234, "vi")).toBe("1.234");
    const nativeDigits = /[\u0e50-\u0e59\u0ed0-\u0ed9\u17e0-\u17e9\u1040-\u1049]/;
    for (const lng of locales) {
      const written = [
        formatNumber(72, lng),
        formatPercent(0.33, lng),
        formatUsd(4_500_000, lng),
        formatYear(2026, lng),
        formatDate(new Date("2026-12-01T00:00:00Z"), lng),
        formatDateTime(new Date("2026-12-01T08:00:00Z"), lng),
      ].join(" ");
      expect(written, lng).not.toMatch(nativeDigits);
      expect(written.includes("2569"), lng).toBe(lng === "th");
    }
  });

  it("formats the numbers put into messages: years as years, counts with grouping, text untouched", () => {
    expect(formatMessageValue(2026, "year", "th")).toBe("พ.ศ. 2569");
    expect(formatMessageValue(2018, "startYear", "th")).toBe("พ.ศ. 2561");
    expect(formatMessageValue(2026, "year", "en")).toBe("2026");
    expect(formatMessageValue(12345, "count", "en")).toBe("12,345");
    expect(formatMessageValue(72, "count", "my")).toBe("72");
    expect(formatMessageValue("LMC-2019-TH-012", "code", "th")).toBe("LMC-2019-TH-012");
    // From a malformed address ("/th/staff/reports/x"): never an exception.
    expect(formatMessageValue(Number("x"), "year", "th")).toBe("");
    expect(formatMessageValue(1e21, "year", "en")).toBe("1,000,000,000,000,000,000,000");
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
