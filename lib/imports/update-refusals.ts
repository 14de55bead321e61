import "server-only";
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/settings";
import { MutationError } from "@/lib/mutations/result";
import type { FieldErrors } from "@/lib/validation/errors";
import { shownValue, type RowProblem } from "./project-rows";
import { parsedRow, reject, RowRejected } from "./row-loop";
import type { SheetRow } from "./sheet-file";
import { UPDATE_WORDED as WORDED, updateColumn } from "./update-columns";

// How a status-update row's refusals (by the forms' schemas or their writes) become problems on
// the sheet's own columns, in the row's language (lib/imports/update-import.ts).

export const parsed = <S extends z.ZodType>(
  schema: S,
  value: unknown,
  row: SheetRow,
  locale: Locale,
): z.infer<S> => parsedRow(schema, value, (errors) => problemsOf(errors, row, locale));

/** Runs a write of the forms' pipeline; its refusals become the row's problems. */
export async function guarded<T>(row: SheetRow, locale: Locale, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof MutationError)) throw error;
    if (error.code === "conflict") reject(row, "version", "imports:row.changedSinceExport");
    if (error.code === "locked") reject(row, "reportedOn", "staff:errors.locked");
    if (error.code === "notFound") reject(row, "project", "imports:row.unknownProject");
    if (error.code === "forbidden")
      reject(
        row,
        error.details.fieldErrors?.locale ? `narrative.${locale}` : "project",
        error.details.fieldErrors?.locale ? "imports:row.noTranslationRight" : "imports:row.otherCountry",
      );
    throw new RowRejected(
      problemsOf(error.details.fieldErrors ?? { _form: [{ key: "validation.invalid" }] }, row, locale),
    );
  }
}

function problemsOf(errors: FieldErrors, row: SheetRow, locale: Locale): RowProblem[] {
  return Object.entries(errors).flatMap(([field, list]) => {
    const column = columnOfField(field, locale);
    return list.map((problem) => ({
      row: row.line,
      column,
      value: shownValue(row.cells.get(column)),
      key:
        problem.key === "validation.choose" && column === "status"
          ? "imports:cell.unknownValue"
          : `staff:${problem.key}`,
      ...(problem.params && { params: problem.params }),
    }));
  });
}

/** The sheet column a form field's problem belongs to. */
function columnOfField(field: string, locale: Locale): string {
  const [name = ""] = field.split(".");
  if ((WORDED as readonly string[]).includes(name) || name === "locale")
    return `${name === "locale" ? "narrative" : name}.${locale}`;
  if (name === "projectCode") return "project";
  return updateColumn(name) ? name : "project";
}
