// How the map shades the six countries. With at most as many different values as shades, each
// value gets a shade of its own (no two countries with different values look alike); with more,
// the values are split into classes of about equal count. Pure: the legend names every class.

/** Light to dark, river blue; text on the three darkest is white. */
export const MAP_SHADES = ["#e0f0f5", "#b4dce8", "#80c0d6", "#4a9dbb", "#2b7f9c", "#135a72"] as const;
export const NO_VALUE_SHADE = "#f1f5f9";

export type MapClass = { shade: string; from: number; to: number };

/** The classes of `values` (nulls have none), lightest first. */
export function mapClasses(values: (number | null)[]): MapClass[] {
  const distinct = [...new Set(values.filter((value): value is number => value !== null))].sort(
    (a, b) => a - b,
  );
  if (!distinct.length) return [];
  const count = Math.min(MAP_SHADES.length, distinct.length);
  // Spread the classes over the whole ramp, so two classes are always far apart in shade.
  const shadeAt = (index: number) =>
    MAP_SHADES[
      count === 1 ? MAP_SHADES.length - 1 : Math.round((index * (MAP_SHADES.length - 1)) / (count - 1))
    ]!;
  return Array.from({ length: count }, (_, index) => {
    const slice = distinct.slice(
      Math.floor((index * distinct.length) / count),
      Math.floor(((index + 1) * distinct.length) / count),
    );
    return { shade: shadeAt(index), from: slice[0]!, to: slice.at(-1)! };
  });
}

/** The shade of one value among `classes`. */
export function shadeOf(value: number | null, classes: MapClass[]): string {
  if (value === null) return NO_VALUE_SHADE;
  return classes.find((entry) => value >= entry.from && value <= entry.to)?.shade ?? NO_VALUE_SHADE;
}

/** Whether text on `shade` must be white to be read. */
export const isDarkShade = (shade: string) => MAP_SHADES.indexOf(shade as (typeof MAP_SHADES)[number]) >= 3;
