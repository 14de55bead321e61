import "server-only";
import type ExcelJS from "exceljs";
import { excelColumns, type FileColumn } from "@/lib/exports/table-file";
import { languageName } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { PROJECT_COLUMNS, type SheetColumn } from "./project-columns";
import { headerCell } from "./sheet-header";
import { UPDATE_COLUMNS } from "./update-columns";

const FILE_KIND: Record<SheetColumn["kind"], FileColumn["kind"]> = {
  text: "text",
  integer: "integer",
  decimal: "decimal",
  date: "date",
  list: "text",
  yesNo: "text",
};

/** A sheet's columns as files write them: headers labelled in `lng` with their keys, typed cells. */
async function fileColumns(lng: Locale, columns: readonly SheetColumn[]): Promise<FileColumn[]> {
  const t = await getT(lng, "imports");
  return columns.map((column) => {
    const label = t(column.label.key as never, {
      language: column.label.language ? languageName(column.label.language, lng) : "",
    }) as string;
    return {
      key: column.key,
      header: headerCell(label, column.key),
      width: column.width,
      kind: FILE_KIND[column.kind],
    };
  });
}

export const projectFileColumns = (lng: Locale) => fileColumns(lng, PROJECT_COLUMNS);
export const updateFileColumns = (lng: Locale) => fileColumns(lng, UPDATE_COLUMNS);

/** The projects sheet's columns for ExcelJS, widths fitting `lng`'s script. */
export async function projectSheetColumns(lng: Locale): Promise<Partial<ExcelJS.Column>[]> {
  return excelColumns(await projectFileColumns(lng), lng);
}

/** The status-updates sheet's columns for ExcelJS. */
export async function updateSheetColumns(lng: Locale): Promise<Partial<ExcelJS.Column>[]> {
  return excelColumns(await updateFileColumns(lng), lng);
}
