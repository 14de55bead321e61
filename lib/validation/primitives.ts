// The validation primitives every schema of the portal shares (forms, address-bar filters, route
// parameters), so a country code or a calendar day is checked the same way everywhere. Pure: safe in
// the browser, the server and the tests.
import { z } from "zod";

/** The Lancang-Mekong Cooperation was launched in 2016: no project, report or filter year is earlier. */
export const FIRST_YEAR = 2016;
/** A bound against absurd input, not a calendar: lists of years end at the current year. */
export const LAST_YEAR = 2100;

export const COUNTRY_CODE = /^[A-Z]{2}$/;
export const SLUG = /^[a-z0-9-]{1,80}$/;
export const PLAN_SLUG = /^[a-z0-9-]{3,80}$/;
/** A commitment paragraph's citation id, e.g. "4.2.5-3" (section number, paragraph number). */
export const CITATION = /^\d+(\.\d+){0,2}-\d+$/;
/** A chapter, section or sub-section number, e.g. "4", "4.2", "4.2.5". */
export const SECTION_NUMBER = /^\d+(\.\d+){0,2}$/;
/** A project code, e.g. LMC-2019-TH-012 (older imported codes may differ, hence the loose form). */
export const PROJECT_CODE = /^[A-Z0-9-]{3,40}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const countryCode = z.string().regex(COUNTRY_CODE);
export const slug = z.string().regex(SLUG);
export const planSlug = z.string().regex(PLAN_SLUG, { error: "validation.slug" });
export const citation = z.string().regex(CITATION);
export const sectionNumber = z.string().regex(SECTION_NUMBER);
export const projectCode = z.string().regex(PROJECT_CODE);
/**
 * Form fields whose Burmese text the writer confirmed is Unicode although it looks like Zawgyi
 * (lib/translations/zawgyi.ts); the form hook holds them, not the form's values.
 */
export const confirmedUnicode = z.array(z.string().max(100)).max(30).default([]);
export const version = z.coerce.number().int().min(1);
export const year = z.coerce.number().int().min(FIRST_YEAR).max(LAST_YEAR);

/** Whether `value` is a real calendar day written YYYY-MM-DD (2022-02-30 is not). */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar day, as date fields and the address bar write it. */
export const isoDay = z.string().refine(isIsoDay, { error: "validation.date" });

/** An optional calendar day: an empty field is null. */
export const optionalDay = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  isoDay.nullable(),
);

/** The day as a Date at midnight UTC (calendar days are stored as PostgreSQL `date`). */
export const dayToDate = (value: string) => new Date(`${value}T00:00:00Z`);
/** A stored calendar day back as YYYY-MM-DD. */
export const dateToDay = (value: Date) => value.toISOString().slice(0, 10);

/** The years from the cooperation's first to `until` (default: this year), newest last. */
export function yearsSince(until = new Date().getUTCFullYear()): number[] {
  return Array.from({ length: Math.max(0, until - FIRST_YEAR + 1) }, (_, index) => FIRST_YEAR + index);
}

/** For filters read from the address bar: a malformed value is ignored (undefined), never an error. */
export const ignoredIfInvalid = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** Control characters (C0, DEL): PostgreSQL refuses NUL in text, and none belongs in a search. */
const CONTROLS = /[\u0000-\u001f\u007f]+/g;

/** A search typed into the address bar: control characters become spaces, anything over `max` is cut. */
export const searchText = (max = 100) =>
  z
    .string()
    .transform((value) => value.replace(CONTROLS, " ").trim().slice(0, max))
    .catch("");
