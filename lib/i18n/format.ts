import { languageTag, type Locale } from "./settings";

/** Dates of meetings and plans are calendar days: formatted in UTC so no time zone shifts them. */
export function formatDate(value: Date, lng: Locale, style: "long" | "medium" = "long"): string {
  return new Intl.DateTimeFormat(languageTag[lng], { dateStyle: style, timeZone: "UTC" }).format(value);
}

/** A span of calendar years, e.g. "2018–2022" (พ.ศ. 2561–2565 in Thai, ၂၀၁၈ – ၂၀၂၂ in Burmese). */
export function formatYearRange(startYear: number, endYear: number, lng: Locale): string {
  const format = new Intl.DateTimeFormat(languageTag[lng], { year: "numeric", timeZone: "UTC" });
  return format.formatRange(Date.UTC(startYear, 6, 1), Date.UTC(endYear, 6, 1));
}

export function formatNumber(value: number, lng: Locale): string {
  return new Intl.NumberFormat(languageTag[lng]).format(value);
}

export function languageName(of: Locale, lng: Locale): string {
  // Named by its plain code: "zh-Hans" reads "Chinese (Simplified)" in some languages, whose
  // brackets nest inside the labels that put a language in brackets. The portal's Chinese is simplified.
  return new Intl.DisplayNames([languageTag[lng]], { type: "language" }).of(of) ?? of;
}

/** A moment in time for staff screens: date and time in UTC, labelled so. */
export function formatDateTime(value: Date, lng: Locale): string {
  return new Intl.DateTimeFormat(languageTag[lng], {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(value);
}

/** A share such as a completion rate, e.g. "33 %" / "33%" as the locale writes it. */
export function formatPercent(value: number, lng: Locale): string {
  return new Intl.NumberFormat(languageTag[lng], { style: "percent", maximumFractionDigits: 0 }).format(
    value,
  );
}

/** An amount in US dollars, shortened for figures: "US$450K", "4,5 Tr US$"… */
export function formatUsd(value: number, lng: Locale, compact = true): string {
  return new Intl.NumberFormat(languageTag[lng], {
    style: "currency",
    currency: "USD",
    ...(compact ? { notation: "compact", maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }),
  }).format(value);
}
