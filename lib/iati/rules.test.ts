import { describe, expect, it } from "vitest";
import { iatiProblems, percentages } from "./rules";

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const none = { plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null };

describe("IATI's rules beyond the schema", () => {
  it("split 100 per cent into shares that sum to exactly 100", () => {
    for (let count = 1; count <= 13; count++) {
      const shares = percentages(count).map(Number);
      expect(shares).toHaveLength(count);
      expect(Math.round(shares.reduce((sum, share) => sum + share, 0) * 100)).toBe(10_000);
    }
    expect(percentages(3)).toEqual(["33.34", "33.33", "33.33"]);
  });

  it("refuse a project without any date, with an actual date after today, or ending before it starts", () => {
    expect(iatiProblems(none, "XI-IATI-X-LMC-1", "2026-12-01")).toEqual(["noDates"]);
    expect(iatiProblems({ ...none, actualStart: day("2026-12-02") }, "X-1", "2026-12-01")).toEqual([
      "actualDateInFuture",
    ]);
    expect(iatiProblems({ ...none, actualEnd: day("2026-12-01") }, "X-1", "2026-12-01")).toEqual([]);
    expect(
      iatiProblems(
        { ...none, plannedStart: day("2022-01-01"), plannedEnd: day("2021-01-01") },
        "X-1",
        "2026-12-01",
      ),
    ).toEqual(["plannedEndBeforeStart"]);
  });

  it("refuse identifiers with / & | ? or spaces", () => {
    const dated = { ...none, plannedStart: day("2021-01-01") };
    for (const identifier of ["A/B", "A&B", "A|B", "A?B", "A B"]) {
      expect(iatiProblems(dated, identifier, "2026-12-01")).toEqual(["identifier"]);
    }
  });
});
