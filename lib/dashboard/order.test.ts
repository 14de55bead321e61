import { describe, expect, it } from "vitest";
import { largestFirst } from "./order";

describe("categories without an order of their own", () => {
  it("come largest first, ties by commitment and then by name", () => {
    const groups = [
      { key: "customs", projects: 1, committed: 50 },
      { key: "water", projects: 2, committed: 400 },
      { key: "connectivity", projects: 2, committed: 300 },
      { key: "agriculture", projects: 1, committed: 50 },
    ];
    expect(largestFirst(groups, (group) => group.key, "en").map((group) => group.key)).toEqual([
      "water",
      "connectivity",
      "agriculture",
      "customs",
    ]);
    expect(groups[0]!.key).toBe("customs");
  });
});
