import { describe, expect, it } from "vitest";
import { ancestors, inReadingOrder, neighbours, subtree } from "./outline";

const outline = [
  { id: "1", parentId: null, number: "1" },
  { id: "4", parentId: null, number: "4" },
  { id: "4.1", parentId: "4", number: "4.1" },
  { id: "4.1.1", parentId: "4.1", number: "4.1.1" },
  { id: "4.2", parentId: "4", number: "4.2" },
  { id: "4.2.1", parentId: "4.2", number: "4.2.1" },
  { id: "5", parentId: null, number: "5" },
];
const at = (id: string) => outline.find((entry) => entry.id === id)!;

describe("plan outline navigation", () => {
  it("collects a section with everything below it", () => {
    expect(subtree(outline, "4").map((s) => s.id)).toEqual(["4", "4.1", "4.1.1", "4.2", "4.2.1"]);
    expect(subtree(outline, "4.2").map((s) => s.id)).toEqual(["4.2", "4.2.1"]);
    expect(subtree(outline, "1").map((s) => s.id)).toEqual(["1"]);
  });

  it("walks up to the chapter", () => {
    expect(ancestors(outline, at("4.2.1")).map((s) => s.id)).toEqual(["4", "4.2"]);
    expect(ancestors(outline, at("1"))).toEqual([]);
  });

  it("finds previous and next in reading order", () => {
    expect(neighbours(outline, at("4.1.1"))).toEqual({ previous: at("4.1"), next: at("4.2") });
    expect(neighbours(outline, at("1")).previous).toBeNull();
    expect(neighbours(outline, at("5")).next).toBeNull();
  });
});

describe("inReadingOrder", () => {
  it("puts each section before its children, siblings in the order given", () => {
    const rows = [
      { id: "4", parentId: null },
      { id: "4.2", parentId: "4" },
      { id: "1", parentId: null },
      { id: "4.1", parentId: "4" },
      { id: "4.2.1", parentId: "4.2" },
    ];
    expect(inReadingOrder(rows).map((row) => row.id)).toEqual(["4", "4.2", "4.2.1", "4.1", "1"]);
  });
});
