import "server-only";
import type { Locale } from "@/lib/i18n/settings";
import { rowRefusals } from "./row-refusals";
import { UPDATE_WORDED as WORDED, updateColumn } from "./update-columns";

// How a status-update row's refusals (by the forms' schemas or their writes) become problems on
// the sheet's own columns, in the row's language (lib/imports/update-import.ts).
export const { parsed, guarded } = rowRefusals({
  columnOf: columnOfField,
  project: "project",
  scope: "project",
  wording: (locale) => `narrative.${locale}`,
  coded: ["status"],
});

/** The sheet column a form field's problem belongs to. */
function columnOfField(field: string, locale: Locale): string {
  const [name = ""] = field.split(".");
  if ((WORDED as readonly string[]).includes(name) || name === "locale")
    return `${name === "locale" ? "narrative" : name}.${locale}`;
  if (name === "projectCode") return "project";
  return updateColumn(name) ? name : "project";
}
