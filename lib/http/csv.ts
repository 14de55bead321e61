// CSV files the portal writes and reads back. Spreadsheet programs run a cell that starts with
// =, +, -, @ (or a tab or carriage return) as a formula: a title typed by one country's secretariat
// must never become a live formula in another's export (CWE-1236). Such text cells get a leading
// apostrophe, which spreadsheets hide and treat as "this is text"; reading a sheet back removes it,
// so what was typed survives the round trip exactly.
import Papa from "papaparse";

const FORMULA_START = /^'*[=+\-@\t\r]/;

/** A text cell as written to a sheet: formula-like text neutralised. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A text cell as read from a sheet the portal wrote: the apostrophe `neutralizeCell` added removed. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

/**
 * A CSV file: UTF-8 with a byte-order mark (so spreadsheet programs read Khmer, Lao or Burmese
 * right), a header row, text cells neutralised; numbers stay numbers.
 */
export function csvText(fields: string[], rows: (string | number | null)[][]): string {
  return `\uFEFF${Papa.unparse({ fields, data: neutralizedRows(rows) })}`;
}

/** Rows of a CSV file written in parts (a streamed download): no header, no byte-order mark, a line break after each. */
export function csvLines(rows: (string | number | null)[][]): string {
  return rows.length ? `${Papa.unparse(neutralizedRows(rows), { newline: "\r\n" })}\r\n` : "";
}

const neutralizedRows = (rows: (string | number | null)[][]) =>
  rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutralizeCell(cell) : (cell ?? ""))));
