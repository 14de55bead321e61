"use client";

import { useTranslation } from "react-i18next";
import { formatDate } from "@/lib/i18n/format";
import { defaultLocale, isLocale } from "@/lib/i18n/settings";
import { dayToDate } from "@/lib/validation/primitives";
import { TextField } from "./fields";

const EXAMPLE = "2024-03-15";

/**
 * A day typed as year-month-day, with a hint in the page's language that shows an example both
 * ways (Thai readers see the Buddhist-era year beside the Gregorian one they type). A text field,
 * not the browser's date picker, whose "mm/dd/yyyy" follows the browser's language, not the page's;
 * the schema checks the day (lib/validation/primitives.ts).
 */
export function DateField(props: Omit<Parameters<typeof TextField>[0], "type" | "hint" | "inputMode">) {
  const { t, i18n } = useTranslation("staff");
  const lng = isLocale(i18n.language) ? i18n.language : defaultLocale;
  const hint = t("fields.dateHint", { example: EXAMPLE, shown: formatDate(dayToDate(EXAMPLE), lng) });
  return <TextField {...props} autoComplete="off" hint={hint} />;
}
