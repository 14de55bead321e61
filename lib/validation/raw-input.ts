// Checks on an input as it arrives, before its schema reads it: what no schema of the portal can
// accept, stated once for every mutation.
import type { FieldErrors } from "./errors";

/** Deeper than any form of the portal nests its values (project → funding line → amount is 3). */
const MAX_DEPTH = 16;
/** C0 control characters other than tab, line feed and carriage return; PostgreSQL refuses NUL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * Field errors for text with control characters in it, or an input nested deeper than any form
 * sends (refused whole); null when neither. Walks the input without recursion, so no input can
 * exhaust the stack.
 */
export function rawInputProblems(raw: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  const pending: { value: unknown; path: string[] }[] = [{ value: raw, path: [] }];
  while (pending.length) {
    const { value, path } = pending.pop()!;
    if (typeof value === "string") {
      if (CONTROL.test(value)) errors[path.join(".") || "_form"] = [{ key: "validation.controlCharacters" }];
      continue;
    }
    if (typeof value !== "object" || value === null || value instanceof Blob) continue;
    if (path.length >= MAX_DEPTH) return { _form: [{ key: "validation.invalid" }] };
    for (const [key, child] of Object.entries(value)) pending.push({ value: child, path: [...path, key] });
  }
  return Object.keys(errors).length ? errors : null;
}
