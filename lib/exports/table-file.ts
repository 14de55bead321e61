import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { csvLines, neutralizeCell } from "@/lib/http/csv";
import type { Locale } from "@/lib/i18n/settings";

// Any list as a downloaded file, written while it is read: an XLSX workbook (ExcelJS's streaming
// writer) or a CSV in UTF-8 with a byte-order mark. Rows arrive in batches from an async generator
// that reads the next keyset page only when the file needs it, so memory stays flat however long
// the list. Text that a spreadsheet would run as a formula is neutralised (lib/http/csv.ts).

export type CellValue = string | number | Date | null;
export type FileRow = Record<string, CellValue>;
export type FileFormat = "xlsx" | "csv";

export type FileColumn = {
  key: string;
  header: string;
  /** Characters wide in the sheet. */
  width: number;
  kind?: "text" | "integer" | "decimal" | "date" | "dateTime";
};

/** Scripts whose letters run wider than Latin ones in a spreadsheet's default font. */
const WIDE: Partial<Record<Locale, number>> = { zh: 1.8, km: 1.4, lo: 1.3, my: 1.5, th: 1.2 };

const NUMBER_FORMATS: Partial<Record<NonNullable<FileColumn["kind"]>, string>> = {
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm:ss",
  decimal: "#,##0.00",
  integer: "0",
};

/** ExcelJS's columns for `columns`: widths that fit the header in `lng`'s script, typed cells. */
export function excelColumns(columns: readonly FileColumn[], lng: Locale): Partial<ExcelJS.Column>[] {
  const factor = WIDE[lng] ?? 1;
  return columns.map((column) => {
    const format = column.kind && NUMBER_FORMATS[column.kind];
    return {
      header: column.header,
      key: column.key,
      width: Math.min(80, Math.max(column.width, Math.ceil(column.header.length * factor) + 2)),
      ...(format && { style: { numFmt: format } }),
    };
  });
}

/** The header row stands out and stays in view while the rows scroll. */
export function styleHeader(sheet: ExcelJS.Worksheet) {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
}

export const FROZEN_HEADER: Partial<ExcelJS.WorksheetView>[] = [{ state: "frozen", ySplit: 1 }];

const neutralized = (row: FileRow): FileRow =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      typeof value === "string" && value ? neutralizeCell(value) : value,
    ]),
  );

export function tableWorkbook(
  sheetName: string,
  columns: readonly FileColumn[],
  lng: Locale,
  batches: AsyncIterable<FileRow[]>,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  void (async () => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: FROZEN_HEADER });
    sheet.columns = excelColumns(columns, lng);
    styleHeader(sheet);
    for await (const batch of batches) for (const row of batch) sheet.addRow(neutralized(row)).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

const csvValue = (value: CellValue, kind: FileColumn["kind"]) =>
  value instanceof Date
    ? kind === "dateTime"
      ? value.toISOString()
      : value.toISOString().slice(0, 10)
    : value;

export function tableCsv(
  columns: readonly FileColumn[],
  batches: AsyncIterable<FileRow[]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLines([columns.map((column) => column.header)])}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) return controller.close();
      const rows = next.value.map((row) =>
        columns.map((column) => csvValue(row[column.key] ?? null, column.kind)),
      );
      if (rows.length) controller.enqueue(encoder.encode(csvLines(rows)));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

const TYPES: Record<FileFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

/** A file name of what it holds and the day, e.g. audit-projects.update-2026-12-06.xlsx. */
export function fileName(parts: (string | number | undefined | null)[], format: FileFormat): string {
  const words = parts
    .filter((part) => part !== undefined && part !== null && part !== "")
    .map((part) => String(part).replace(/[^\w.-]+/g, "_"));
  return `${[...words, new Date().toISOString().slice(0, 10)].join("-")}.${format}`;
}

/**
 * A download of `batches` as `format`: a private file (no cache) for staff lists, a public one for
 * what any reader may see.
 */
export function tableFileResponse(
  format: FileFormat,
  table: { name: string; sheetName: string; columns: readonly FileColumn[]; lng: Locale },
  batches: AsyncIterable<FileRow[]>,
  audience: "public" | "staff",
): Response {
  const body =
    format === "xlsx"
      ? tableWorkbook(table.sheetName, table.columns, table.lng, batches)
      : tableCsv(table.columns, batches);
  return new Response(body, {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="${table.name}"`,
      "cache-control": audience === "staff" ? "private, no-store" : "public, max-age=300",
    },
  });
}
