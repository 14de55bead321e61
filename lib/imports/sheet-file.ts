import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "./limits";
import { keyOfHeader } from "./sheet-header";
import { unpacksWithinLimit } from "./zip-check";

/** A cell as read: formulas give their cached value; one without any, or an error value, is a problem. */
export type Cell = string | number | boolean | Date | null | { problem: "formula" | "errorValue" };

export type SheetRow = { line: number; cells: Map<string, Cell> };
export type Sheet = { keys: string[]; rows: SheetRow[] };

/** Why a whole file is refused (the keys of `imports:file.*`). */
export type FileProblem =
  "tooLarge" | "notASpreadsheet" | "legacyExcel" | "unreadable" | "noHeader" | "tooManyRows";

const MAX_COLUMNS = 200;
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export type SheetKind = "projects" | "updates";
export type Sheets = Partial<Record<SheetKind, Sheet>>;
/** The keys each kind of sheet knows. */
export type KnownKeys = Record<SheetKind, (key: string) => boolean>;

/**
 * Reads the sheets of a file: an XLSX workbook (recognised by its content, unpacked only once it
 * is known not to be a zip bomb) or a CSV in UTF-8. A sheet is of the kind whose keys its header
 * names most (at least two); other sheets (the reference lists) are skipped, and a workbook's
 * first sheet of each kind is the one read. Macros, external links, pictures and styles are never
 * looked at; formulas are never evaluated (a cell gives the value the spreadsheet program saved).
 */
export async function readSheets(bytes: Buffer, known: KnownKeys): Promise<Sheets | FileProblem> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return "tooLarge";
  if (bytes.subarray(0, 4).equals(OLE)) return "legacyExcel";
  const tables = bytes.subarray(0, 4).equals(ZIP) ? await workbookTables(bytes, known) : csvTables(bytes);
  if (typeof tables === "string") return tables;
  const sheets: Sheets = {};
  let rows = 0;
  for (const table of tables) {
    const kind = kindOf(table[0] ?? [], known);
    if (!kind || sheets[kind]) continue;
    sheets[kind] = sheetOf(table, known[kind]);
    rows += sheets[kind].rows.length;
  }
  if (!sheets.projects && !sheets.updates) return "noHeader";
  return rows > MAX_IMPORT_ROWS ? "tooManyRows" : sheets;
}

const headerKeys = (header: Cell[]) =>
  header.map((cell) => (typeof cell === "string" ? keyOfHeader(cell) : null));

function kindOf(header: Cell[], known: KnownKeys): SheetKind | null {
  const keys = headerKeys(header);
  const score = (kind: SheetKind) => keys.filter((key) => key !== null && known[kind](key)).length;
  const [best] = (["projects", "updates"] as const)
    .map((kind) => ({ kind, score: score(kind) }))
    .sort((a, b) => b.score - a.score);
  return best && best.score >= 2 ? best.kind : null;
}

function sheetOf([header = [], ...data]: Cell[][], known: (key: string) => boolean): Sheet {
  const keys = headerKeys(header);
  const body = data
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell !== null && cell !== ""));
  return {
    keys: keys.filter((key): key is string => key !== null && known(key)),
    rows: body.map((row) => ({
      line: row.line,
      cells: new Map(
        keys.flatMap((key, column) =>
          key !== null && known(key) ? [[key, row.cells[column] ?? null] as const] : [],
        ),
      ),
    })),
  };
}

async function workbookTables(bytes: Buffer, known: KnownKeys): Promise<Cell[][][] | FileProblem> {
  if (!(await unpacksWithinLimit(bytes))) return "unreadable";
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return "unreadable";
  }
  const tables: Cell[][][] = [];
  for (const sheet of workbook.worksheets) {
    const header = sheet.getRow(1).values;
    if (!kindOf((Array.isArray(header) ? header : []).map(cellOf), known)) continue;
    // Counted before the rows are copied: a sheet of a million rows is refused, not read.
    if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) return "tooManyRows";
    // Only as many columns as a sheet of ours can have: a stray cell in column XFD would otherwise
    // make every row 16,384 cells long.
    const columns = Math.min(sheet.columnCount, MAX_COLUMNS);
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: Cell[] = [];
      for (let column = 1; column <= columns; column++) cells.push(cellOf(row.getCell(column).value));
      rows[number - 1] = cells;
    });
    tables.push(Array.from(rows, (cells) => cells ?? []));
  }
  return tables;
}

function cellOf(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    if (result === undefined || result === null || (typeof result === "object" && !(result instanceof Date)))
      return { problem: "formula" };
    return result;
  }
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : value.hyperlink;
  if ("error" in value) return { problem: "errorValue" };
  return null;
}

function csvTables(bytes: Buffer): Cell[][][] | FileProblem {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "notASpreadsheet";
  }
  if (text.includes("\u0000")) return "notASpreadsheet";
  // Blank lines are kept (and skipped later) so that row numbers are the file's line numbers.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""));
  if (parsed.data.length > MAX_IMPORT_ROWS + 1) return "tooManyRows";
  return [parsed.data.map((row) => row.map((cell) => (cell.trim() === "" ? null : cell)))];
}
