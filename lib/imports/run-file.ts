import "server-only";
import type { AuditEntry } from "@/lib/audit/record";
import type { MutationContext, Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import type { Locale } from "@/lib/i18n/settings";
import { MAX_LISTED_PROBLEMS } from "./limits";
import { projectColumn } from "./project-columns";
import { importProjectRows } from "./project-import";
import type { RowProblem } from "./project-rows";
import type { ImportCounts, RowProgress } from "./row-loop";
import { readSheets, type SheetKind } from "./sheet-file";
import { updateColumn } from "./update-columns";
import { importUpdateRows } from "./update-import";

const KNOWN = {
  projects: (key: string) => projectColumn(key) !== undefined,
  updates: (key: string) => updateColumn(key) !== undefined,
};

const sum = (counts: ImportCounts[]): ImportCounts => ({
  rows: counts.reduce((total, entry) => total + entry.rows, 0),
  created: counts.reduce((total, entry) => total + entry.created, 0),
  updated: counts.reduce((total, entry) => total + entry.updated, 0),
  unchanged: counts.reduce((total, entry) => total + entry.unchanged, 0),
  rejected: counts.reduce((total, entry) => total + entry.rejected, 0),
});

/** A queued run as the worker tries it. */
export type QueuedFile = {
  id: string;
  mode: "check" | "import";
  lng: Locale;
  fileName: string;
  file: Uint8Array;
};

/**
 * A file's sheets tried row by row inside the transaction (docs/decisions/0028-spreadsheet-import.md):
 * projects first, so that status updates see the projects as the file leaves them. A dry run, or
 * an import in which any row is rejected, is rolled back to before the first row: nothing but the
 * record of the run is kept. `progress` hears of every row tried (the page shows how far it got).
 */
export async function tryImportFile(
  tx: Tx,
  run: QueuedFile,
  context: MutationContext,
  progress: (done: number, total: number) => Promise<void>,
) {
  const found = await readSheets(Buffer.from(run.file), KNOWN);
  if (typeof found === "string")
    throw new MutationError("invalid", { fieldErrors: { file: [{ key: `imports:file.${found}` }] } });
  const total = (found.projects?.rows.length ?? 0) + (found.updates?.rows.length ?? 0);
  let done = 0;
  const onRow: RowProgress = () => progress(++done, total);
  await progress(0, total);

  await tx.$executeRawUnsafe("SAVEPOINT import_file");
  const sheets: Partial<Record<SheetKind, ImportCounts>> = {};
  const problems: (RowProblem & { sheet: SheetKind })[] = [];
  const audit: AuditEntry[] = [];
  for (const kind of ["projects", "updates"] as const) {
    const sheet = found[kind];
    if (!sheet) continue;
    const outcome =
      kind === "projects"
        ? await importProjectRows(tx, context, sheet, run.lng, run.mode, onRow)
        : await importUpdateRows(tx, context, sheet, run.lng, run.mode, onRow);
    sheets[kind] = outcome.counts;
    problems.push(...outcome.problems.map((problem) => ({ sheet: kind, ...problem })));
    audit.push(...outcome.audit);
  }
  const counts = sum(Object.values(sheets));
  const kept = run.mode === "import" && counts.rejected === 0;
  if (!kept) await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_file");
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const finished = await tx.importRun.update({
    where: { id: run.id },
    data: {
      kind:
        sheets.projects && sheets.updates ? "projectsAndUpdates" : sheets.projects ? "projects" : "updates",
      state: kept ? "imported" : "checked",
      ...counts,
      progress: counts.rows,
      sheets,
      problems: listed,
      file: null,
      finishedAt: new Date(),
    },
    select: { id: true, state: true },
  });
  return {
    result: { runId: finished.id, state: finished.state, imported: kept },
    audit: [
      ...(kept ? audit : []),
      {
        action: kept ? "imports.projects" : "imports.check",
        entityType: "ImportRun",
        entityId: run.id,
        changes: {
          fileName: { before: null, after: run.fileName },
          counts: { before: null, after: sheets },
        },
      },
    ],
  };
}
