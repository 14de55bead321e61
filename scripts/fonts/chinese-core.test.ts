import { describe, expect, it } from "vitest";
import { unicodeRange } from "./chinese-core";

describe("unicodeRange", () => {
  it("writes runs of consecutive code points as ranges and lone ones alone", () => {
    expect(unicodeRange([0x4e00, 0x4e01, 0x4e03, 0x4e05, 0x4e06, 0x4e07])).toBe(
      "U+4e00-4e01,U+4e03,U+4e05-4e07",
    );
    expect(unicodeRange([0x3002])).toBe("U+3002");
    expect(unicodeRange([])).toBe("");
  });
});
