import { describe, expect, it } from "vitest";
import { mixedSystems } from "./mixed-systems";

describe("mixed calendars and digits", () => {
  it("finds the mixtures readers met", () => {
    expect(mixedSystems("รายงานเมื่อ 1 ธันวาคม 2569 · รอบรายงานปี 2026", "th")).toEqual([
      expect.stringContaining("year 2026"),
    ]);
    expect(mixedSystems("ផែនការ (២០១៨–២០២២) 2018 – 2022", "km")).toHaveLength(8);
    expect(mixedSystems("စီမံကိန်း (၇၂)", "my")).toHaveLength(2);
    expect(mixedSystems("Report of 2569", "en")).toHaveLength(1);
  });

  it("leaves one system alone, and identifiers, amounts and citations in any language", () => {
    expect(
      mixedSystems("รอบรายงานปี พ.ศ. 2569 · 1,234 โครงการ · LMC-2019-TH-012 · 4.2.5-3 · วาระ ค.ศ. 2030", "th"),
    ).toEqual([]);
    expect(
      mixedSystems("2018 – 2022 · 72 · US$2,020K · 2026-12-01 · https://example.org/2019", "my"),
    ).toEqual([]);
    expect(mixedSystems("2018–2022年 · 33%", "zh")).toEqual([]);
  });
});
