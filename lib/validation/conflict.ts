// What differs between the record as someone else saved it and what this editor typed, for the
// conflict notice. Both sides are brought to one comparable text first: a list is compared as a
// list (in any order), a number with the digits typed, an empty field with a missing value.

/** One value as comparable, displayable text: "—" for nothing, lists sorted and joined, groups as JSON. */
export function comparable(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    const items = value.map(comparable).sort();
    return items.length ? items.join(", ") : "—";
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => `${key}: ${comparable(inner)}`);
    return `{${entries.join("; ")}}`;
  }
  return String(value).trim();
}

/** The fields both sides have whose values differ, with both sides as displayable text. */
export function conflictingFields(
  theirs: Record<string, unknown>,
  mine: Record<string, unknown>,
): { field: string; theirs: string; mine: string }[] {
  return Object.keys(theirs)
    .filter((field) => field !== "version" && field in mine)
    .map((field) => ({ field, theirs: comparable(theirs[field]), mine: comparable(mine[field]) }))
    .filter((row) => row.theirs !== row.mine);
}
