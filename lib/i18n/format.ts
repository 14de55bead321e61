// The one place the portal turns numbers, years and dates into text (docs/decisions/0021): every
// page, chart, PDF and export header goes through these, so a language never mixes two calendars
// or two digit sets. Data cells of exports stay machine-readable (ISO dates, plain numbers).
import { languageTag, type Locale } from "./settings";

/** Each language's calendar and digits. One table: changing a language's choice changes it everywhere. */
export const CALENDAR_AND_DIGITS: Record<Locale, { calendar: "gregory" | "buddhist"; digits: "latn" }> = {
  en: { calendar: "gregory", digits: "latn" },
  zh: { calendar: "gregory", digits: "latn" },
  km: { calendar: "gregory", digits: "latn" },
  lo: { calendar: "gregory", digits: "latn" },
  my: { calendar: "gregory", digits: "latn" },
  th: { calendar: "buddhist", digits: "latn" },
  vi: { calendar: "gregory", digits: "latn" },
};

/** The BCP 47 tag Intl formats with: the language, its calendar and its digits (e.g. "th-u-ca-buddhist-nu-latn"). */
export function formatTag(lng: Locale): string {
  const { calendar, digits } = CALENDAR_AND_DIGITS[lng];
  return `${languageTag[lng]}-u-ca-${calendar}-nu-${digits}`;
}

/**
 * Intl's formatters are immutable and dear to build (building one costs more than formatting a
 * hundred values): one per locale and style, built on first use. A dashboard render formats a few
 * hundred figures and spent most of its CPU building formatters before.
 */
const formatters = new Map<string, unknown>();
function formatter<T>(key: string, build: () => T): T {
  let built = formatters.get(key) as T | undefined;
  if (built === undefined) {
    built = build();
    formatters.set(key, built);
  }
  return built;
}

/** Dates of meetings and plans are calendar days: formatted in UTC so no time zone shifts them. */
export function formatDate(value: Date, lng: Locale, style: "long" | "medium" = "long"): string {
  return formatter(
    `date:${style}:${lng}`,
    () => new Intl.DateTimeFormat(formatTag(lng), { dateStyle: style, timeZone: "UTC" }),
  ).format(value);
}

/** A calendar year as the language counts it: "2026", "พ.ศ. 2569" in Thai. */
export function formatYear(year: number, lng: Locale): string {
  return yearFormat(lng).format(Date.UTC(year, 6, 1));
}

const yearFormat = (lng: Locale) =>
  formatter(
    `year:${lng}`,
    () => new Intl.DateTimeFormat(formatTag(lng), { year: "numeric", timeZone: "UTC" }),
  );

/** A span of calendar years, e.g. "2018–2022" (พ.ศ. 2561–2565 in Thai). */
export function formatYearRange(startYear: number, endYear: number, lng: Locale): string {
  return yearFormat(lng).formatRange(Date.UTC(startYear, 6, 1), Date.UTC(endYear, 6, 1));
}

export function formatNumber(value: number, lng: Locale): string {
  return formatter(`number:${lng}`, () => new Intl.NumberFormat(formatTag(lng))).format(value);
}

/**
 * What a number put into a translated message becomes (i18next calls this for every value): years
 * (the value of `year` or of a name ending in `Year`) in the language's calendar, other numbers with
 * its digits and grouping; text stays as it is.
 */
export function formatMessageValue(value: unknown, name: string | undefined, lng: Locale): unknown {
  if (typeof value !== "number") return value;
  // A number read from a malformed address (NaN) must not take a page down: it shows as nothing.
  if (!Number.isFinite(value)) return "";
  return name && /(^y|Y)ear$/.test(name) && Number.isInteger(value) && value > 0 && value < 10_000
    ? formatYear(value, lng)
    : formatNumber(value, lng);
}

export function languageName(of: Locale, lng: Locale): string {
  // Named by its plain code: "zh-Hans" reads "Chinese (Simplified)" in some languages, whose
  // brackets nest inside the labels that put a language in brackets. The portal's Chinese is simplified.
  return (
    formatter(`language:${lng}`, () => new Intl.DisplayNames([languageTag[lng]], { type: "language" })).of(
      of,
    ) ?? of
  );
}

/** A moment in time for staff screens: date and time in UTC, labelled so. */
export function formatDateTime(value: Date, lng: Locale): string {
  return formatter(
    `datetime:${lng}`,
    () =>
      new Intl.DateTimeFormat(formatTag(lng), {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: "UTC",
        timeZoneName: "short",
      }),
  ).format(value);
}

/** A share such as a completion rate, e.g. "33 %" / "33%" as the locale writes it. */
export function formatPercent(value: number, lng: Locale): string {
  return formatter(
    `percent:${lng}`,
    () => new Intl.NumberFormat(formatTag(lng), { style: "percent", maximumFractionDigits: 0 }),
  ).format(value);
}

/** An amount in US dollars, shortened for figures: "US$450K", "4,5 Tr US$"… */
export function formatUsd(value: number, lng: Locale, compact = true): string {
  return formatter(
    `usd:${compact}:${lng}`,
    () =>
      new Intl.NumberFormat(formatTag(lng), {
        style: "currency",
        currency: "USD",
        ...(compact ? { notation: "compact", maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }),
      }),
  ).format(value);
}
