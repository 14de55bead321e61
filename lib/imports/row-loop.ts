import "server-only";
import type { AuditEntry } from "@/lib/audit/record";
import type { Tx } from "@/lib/mutations/define";
import { readCell, shownValue, type RowProblem } from "./project-rows";
import type { Sheet, SheetRow } from "./sheet-file";

export type ImportCounts = {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
};

export type RowOutcome =
  | { kind: "created" | "updated" | "unchanged"; audit: AuditEntry[] }
  | { kind: "rejected"; problems: RowProblem[] };

/** A dry run checks every row as the forms' writes would, and writes nothing; an import writes. */
export type RowMode = "check" | "import";

/** Told after each row tried, whatever came of it (the import page shows how far a file got). */
export type RowProgress = () => Promise<void>;

/** A row's refusal (by a check of the import, a mutation or a schema) as problems on its columns. */
export class RowRejected extends Error {
  constructor(readonly problems: RowProblem[]) {
    super("row rejected");
  }
}

/**
 * Brings a sheet's rows in one by one, each on its own savepoint, so a rejected row leaves nothing
 * behind and the others go on being checked. The caller decides what becomes of the whole: kept
 * only when it is an import and no row was rejected (lib/imports/mutations.ts). Rows that only
 * check and never write (`writes: false`, a dry run) need no savepoint.
 */
export async function importRows(
  tx: Tx,
  sheet: Sheet,
  importRow: (row: SheetRow) => Promise<RowOutcome>,
  onRow: RowProgress = async () => {},
  { writes }: { writes: boolean } = { writes: true },
) {
  const counts: ImportCounts = { rows: sheet.rows.length, created: 0, updated: 0, unchanged: 0, rejected: 0 };
  const problems: RowProblem[] = [];
  const audit: AuditEntry[] = [];
  for (const row of sheet.rows) {
    if (writes) await tx.$executeRawUnsafe("SAVEPOINT import_row");
    let outcome: RowOutcome;
    try {
      outcome = await importRow(row);
    } catch (error) {
      if (!(error instanceof RowRejected)) throw error;
      outcome = { kind: "rejected", problems: error.problems };
    }
    if (outcome.kind === "rejected") {
      if (writes) await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_row");
      counts.rejected += 1;
      problems.push(...outcome.problems);
    } else {
      if (writes) await tx.$executeRawUnsafe("RELEASE SAVEPOINT import_row");
      counts[outcome.kind] += 1;
      audit.push(...outcome.audit);
    }
    await onRow();
  }
  return { counts, problems, audit };
}

export function textOf(row: SheetRow, key: string): string {
  const read = readCell(row.cells.get(key) ?? null, "text");
  return "text" in read ? read.text : "";
}

export function reject(row: SheetRow, column: string, key: string, params?: RowProblem["params"]): never {
  throw new RowRejected([
    { row: row.line, column, value: shownValue(row.cells.get(column)), key, ...(params && { params }) },
  ]);
}
