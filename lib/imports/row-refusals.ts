import type { z } from "zod";
import type { Locale } from "@/lib/i18n/settings";
import { MutationError } from "@/lib/mutations/result";
import { fieldErrors, type FieldErrors } from "@/lib/validation/errors";
import { shownValue, type RowProblem } from "./project-rows";
import { reject, RowRejected } from "./row-loop";
import type { SheetRow } from "./sheet-file";

/** Where a sheet's refusals belong: the kinds of sheet differ only in their columns. */
export type RefusalColumns = {
  /** The sheet column of a form field, for a row written in `locale`. */
  columnOf: (field: string, locale: Locale) => string;
  /** The column naming the row's project. */
  project: string;
  /** The column whose country the actor may not import for (the project, or its lead country). */
  scope: string;
  /** The column of a wording in `locale` (a translation right refused). */
  wording: (locale: Locale) => string;
  /** Columns of codes listed in the reference sheets: "choose one" means an unknown code there. */
  coded: readonly string[];
};

/**
 * How a sheet's rows turn the forms' refusals (their schemas' field errors, their writes'
 * `MutationError`s) into problems on the sheet's own columns, in the row's language.
 */
export function rowRefusals(columns: RefusalColumns) {
  function problemsOf(errors: FieldErrors, row: SheetRow, locale: Locale): RowProblem[] {
    return Object.entries(errors).flatMap(([field, list]) => {
      const column = columns.columnOf(field, locale);
      return list.map((problem) => ({
        row: row.line,
        column,
        value: shownValue(row.cells.get(column)),
        key:
          problem.key === "validation.choose" && columns.coded.includes(column)
            ? "imports:cell.unknownValue"
            : `staff:${problem.key}`,
        ...(problem.params && { params: problem.params }),
      }));
    });
  }

  /** `value` validated by a form's schema; its field errors become the row's problems. */
  function parsed<S extends z.ZodType>(schema: S, value: unknown, row: SheetRow, locale: Locale): z.infer<S> {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    throw new RowRejected(problemsOf(fieldErrors(result.error), row, locale));
  }

  /** Runs a check or write of the forms' pipeline; its refusals become the row's problems. */
  async function guarded<T>(row: SheetRow, locale: Locale, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof MutationError)) throw error;
      if (error.code === "conflict") reject(row, "version", "imports:row.changedSinceExport");
      if (error.code === "locked") reject(row, "reportedOn", "staff:errors.locked");
      if (error.code === "notFound") reject(row, columns.project, "imports:row.unknownProject");
      if (error.code === "forbidden") {
        const translating = Boolean(error.details.fieldErrors?.locale);
        reject(
          row,
          translating ? columns.wording(locale) : columns.scope,
          translating ? "imports:row.noTranslationRight" : "imports:row.otherCountry",
        );
      }
      throw new RowRejected(
        problemsOf(error.details.fieldErrors ?? { _form: [{ key: "validation.invalid" }] }, row, locale),
      );
    }
  }

  return { parsed, guarded };
}
