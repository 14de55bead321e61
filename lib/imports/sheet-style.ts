import "server-only";
import type ExcelJS from "exceljs";
import { languageName } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { PROJECT_COLUMNS, type SheetColumn } from "./project-columns";
import { headerCell } from "./sheet-header";
import { UPDATE_COLUMNS } from "./update-columns";

/** Scripts whose letters run wider than Latin ones in a spreadsheet's default font. */
const WIDE: Partial<Record<Locale, number>> = { zh: 1.8, km: 1.4, lo: 1.3, my: 1.5, th: 1.2 };

const NUMBER_FORMATS: Partial<Record<SheetColumn["kind"], string>> = {
  date: "yyyy-mm-dd",
  decimal: "#,##0.00",
  integer: "0",
};

/** A sheet's columns in `lng`: labelled headers with their keys, widths that fit the script, typed cells. */
async function sheetColumns(
  lng: Locale,
  columns: readonly SheetColumn[],
): Promise<Partial<ExcelJS.Column>[]> {
  const t = await getT(lng, "imports");
  const factor = WIDE[lng] ?? 1;
  return columns.map((column) => {
    const label = t(column.label.key as never, {
      language: column.label.language ? languageName(column.label.language, lng) : "",
    }) as string;
    const header = headerCell(label, column.key);
    const format = NUMBER_FORMATS[column.kind];
    return {
      header,
      key: column.key,
      width: Math.min(80, Math.max(column.width, Math.ceil(header.length * factor) + 2)),
      ...(format && { style: { numFmt: format } }),
    };
  });
}

export const projectSheetColumns = (lng: Locale) => sheetColumns(lng, PROJECT_COLUMNS);
export const updateSheetColumns = (lng: Locale) => sheetColumns(lng, UPDATE_COLUMNS);

/** The header row stands out and stays in view while the rows scroll. */
export function styleHeader(sheet: ExcelJS.Worksheet) {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
}

export const FROZEN_HEADER: Partial<ExcelJS.WorksheetView>[] = [{ state: "frozen", ySplit: 1 }];
