import { describe, expect, it } from "vitest";
import { sourceDiff } from "./source-diff";

describe("sourceDiff", () => {
  it("marks removed words on the old side and added words on the new side", () => {
    const { before, after } = sourceDiff("Hold a village heads forum.", "Hold a youth forum.", "en");
    const removed = before
      .filter((part) => part.change === "removed")
      .map((part) => part.value.trim())
      .filter(Boolean);
    expect(removed).toEqual(["village", "heads"]);
    expect(after.filter((part) => part.change === "added").map((part) => part.value)).toEqual(["youth"]);
    expect(before.map((part) => part.value).join("")).toBe("Hold a village heads forum.");
    expect(after.map((part) => part.value).join("")).toBe("Hold a youth forum.");
  });

  it("finds the changed words of Chinese text, which has no spaces", () => {
    const { after } = sourceDiff("举办澜湄合作村长论坛。", "举办澜湄合作青年论坛。", "zh");
    const added = after
      .filter((part) => part.change === "added")
      .map((part) => part.value)
      .join("");
    expect(added).toContain("青年");
    expect(added).not.toContain("论坛");
  });
});
