import { describe, expect, it } from "vitest";
import { nextOrdinal } from "./structure";

describe("nextOrdinal", () => {
  it("follows the highest ordinal ever given, gaps and retired ones included", () => {
    expect(nextOrdinal([])).toBe(1);
    expect(nextOrdinal(["4.2.7-1", "4.2.7-2", "4.2.7-5"])).toBe(6);
    expect(nextOrdinal(["4.1", "4.3", "4.2"])).toBe(4);
    expect(nextOrdinal(["1", "2", "10"])).toBe(11);
  });
});
