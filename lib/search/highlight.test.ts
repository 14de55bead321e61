import { describe, expect, it } from "vitest";
import { searchTerms } from "./encode";
import { highlightParts } from "./highlight";

const marked = (text: string, query: string) =>
  highlightParts(text, searchTerms(query))
    .filter((part) => part.hit)
    .map((part) => part.text);

describe("highlighting the query in a result", () => {
  it("marks what matched, by the same rule as the search", () => {
    expect(marked("Flood forecasting for the Mekong", "flood mekong")).toEqual(["Flood", "Mekong"]);
    expect(marked("ความร่วมมือด้านทรัพยากรน้ำและน้ำท่วม", "น้ำ")).toEqual(["น้ำ", "น้ำ"]);
    expect(marked("ធនធានទឹក", "ទឹក")).toEqual(["ទឹក"]);
    expect(marked("နိုင်ငံခြားရေး", "ရေ")).toEqual([]);
    expect(marked("Hydrology", "")).toEqual([]);
  });

  it("keeps the text whole, composed as the search reads it", () => {
    const parts = highlightParts("การจัดการน\u0e49\u0e4d\u0e32", searchTerms("น้ำ"));
    expect(parts.map((part) => part.text).join("")).toBe("การจัดการน้ำ");
    expect(parts.at(-1)).toEqual({ text: "น้ำ", hit: true });
  });
});
