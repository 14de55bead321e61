// Finds, in text shown in a language, numbers written in another system than ADR 21 sets for it:
// digits of another digit set, Gregorian years in Thai, Buddhist-era years elsewhere. Used by the
// tests that render pages and PDFs in every language.
import { CALENDAR_AND_DIGITS } from "./format";
import type { Locale } from "./settings";

/** The native digits of the portal's scripts (Thai, Lao, Khmer, Myanmar). */
const NATIVE_DIGITS = /[\u0e50-\u0e59\u0ed0-\u0ed9\u17e0-\u17e9\u1040-\u1049]/g;
/**
 * What keeps Western digits and Gregorian years in every language: identifiers (project codes,
 * addresses, ISO dates) and years the text itself marks as Gregorian (Thai "ค.ศ. 2030").
 */
const IDENTIFIERS = /LMC-\d{4}-[A-Z]{2}-\d{3}|https?:\/\/\S+|\b\d{4}-\d{2}-\d{2}\b|ค\.ศ\. ?\d{4}/g;
/** A four-digit year standing alone (not part of a longer number, an amount or a citation). */
const yearsBetween = (from: number, to: number) =>
  new RegExp(`(?<![\\d.,/-])(${range(from, to).join("|")})(?![\\d.,/%-])`, "g");
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Gregorian years of the plans' time (2016–2035) and the same years in the Buddhist era. */
const GREGORIAN_YEARS = yearsBetween(2016, 2035);
const BUDDHIST_YEARS = yearsBetween(2559, 2578);

export function mixedSystems(text: string, lng: Locale): string[] {
  const plain = text.replace(IDENTIFIERS, " ");
  const found: string[] = [];
  const context = (index: number) => plain.slice(Math.max(0, index - 30), index + 30).replace(/\s+/g, " ");
  const digits = CALENDAR_AND_DIGITS[lng].digits;
  if (digits === "latn")
    for (const match of plain.matchAll(NATIVE_DIGITS))
      found.push(`digit ${match[0]}: …${context(match.index)}…`);
  const foreignYears = CALENDAR_AND_DIGITS[lng].calendar === "buddhist" ? GREGORIAN_YEARS : BUDDHIST_YEARS;
  for (const match of plain.matchAll(foreignYears)) found.push(`year ${match[0]}: …${context(match.index)}…`);
  return found;
}
