import { describe, expect, it } from "vitest";
import { conflictingFields } from "./conflict";

describe("conflicting fields", () => {
  it("compares lists as lists, in any order, and numbers with the digits typed", () => {
    const theirs = {
      areas: ["water-resources", "agriculture"],
      paragraphs: ["4.2.5-3"],
      approvalYear: 2021,
      progress: 60,
      batch: null,
      funding: [{ source: "lmc_special_fund", currency: "USD", amount: "100000", disbursed: null }],
      version: 4,
    };
    const mine = {
      areas: ["agriculture", "water-resources"],
      paragraphs: ["4.2.5-3"],
      approvalYear: "2021",
      progress: "45",
      batch: "",
      funding: [{ source: "lmc_special_fund", currency: "USD", amount: "100000", disbursed: "" }],
    };
    expect(conflictingFields(theirs, mine)).toEqual([{ field: "progress", theirs: "60", mine: "45" }]);
  });
});
