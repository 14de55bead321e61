import { describe, expect, it } from "vitest";
import {
  chapterLabel,
  headingNumber,
  levelOfNumber,
  numberFromSlug,
  parentNumber,
  sectionSlug,
} from "./numbering";

describe("section numbering", () => {
  it("derives level and parent from the number", () => {
    expect(levelOfNumber("4")).toBe("chapter");
    expect(levelOfNumber("4.2")).toBe("section");
    expect(levelOfNumber("4.2.5")).toBe("subsection");
    expect(parentNumber("4.2.5")).toBe("4.2");
    expect(parentNumber("4")).toBeNull();
    expect(() => levelOfNumber("4.2.5.1")).toThrow();
  });

  it("round-trips URL slugs and refuses anything else", () => {
    expect(sectionSlug("4.2.5")).toBe("4-2-5");
    expect(numberFromSlug("4-2-5")).toBe("4.2.5");
    for (const bad of ["", "4-", "a", "4-2-5-1", "../4", "4.2"]) expect(numberFromSlug(bad)).toBeNull();
  });

  it("writes chapters as the plan does in each language", () => {
    expect(chapterLabel(4, "zh")).toBe("四");
    expect(chapterLabel(4, "en")).toBe("IV");
    expect(chapterLabel(9, "th")).toBe("IX");
    expect(headingNumber("4.2.5", "zh")).toBe("4.2.5");
    expect(headingNumber("4", "zh")).toBe("四、");
    expect(headingNumber("4", "km")).toBe("IV.");
  });
});
