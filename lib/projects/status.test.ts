import { describe, expect, it } from "vitest";
import { iatiActivityStatus, PROJECT_STATUSES } from "./status";

describe("IATI activity status", () => {
  it("maps every portal status to an IATI code", () => {
    expect(PROJECT_STATUSES.map((status) => iatiActivityStatus(status))).toEqual([1, 1, 2, 4, 6, 5]);
  });

  it("keeps a completed project in finalisation until it is fully disbursed", () => {
    expect(iatiActivityStatus("completed", false)).toBe(3);
  });
});
