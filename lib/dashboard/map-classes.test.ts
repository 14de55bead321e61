import { describe, expect, it } from "vitest";
import { isDarkShade, MAP_SHADES, mapClasses, NO_VALUE_SHADE, shadeOf } from "./map-classes";

describe("the map's classes", () => {
  it("give six different values six different shades, in order", () => {
    const values = [38, 44, 12, 20, 7, 31];
    const classes = mapClasses(values);
    expect(classes.map((entry) => [entry.from, entry.to])).toEqual([
      [7, 7],
      [12, 12],
      [20, 20],
      [31, 31],
      [38, 38],
      [44, 44],
    ]);
    expect(new Set(values.map((value) => shadeOf(value, classes))).size).toBe(6);
    expect(shadeOf(38, classes)).not.toBe(shadeOf(44, classes));
  });

  it("keep equal values together and spread fewer classes over the whole ramp", () => {
    const classes = mapClasses([5, 5, 90, null]);
    expect(classes).toEqual([
      { shade: MAP_SHADES[0], from: 5, to: 5 },
      { shade: MAP_SHADES[5], from: 90, to: 90 },
    ]);
    expect(shadeOf(null, classes)).toBe(NO_VALUE_SHADE);
    expect(isDarkShade(shadeOf(90, classes))).toBe(true);
  });

  it("split more values than shades into ranges of about equal count", () => {
    const classes = mapClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(classes).toHaveLength(6);
    expect(classes[0]).toMatchObject({ from: 1, to: 2 });
    expect(classes.at(-1)).toMatchObject({ from: 11, to: 12 });
    expect(mapClasses([])).toEqual([]);
  });
});
