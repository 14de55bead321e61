import "server-only";
import { createHash } from "node:crypto";
import { defineMutation, type MutationContext, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { MAX_LISTED_PROBLEMS } from "./limits";
import type { AuditEntry } from "@/lib/audit/record";
import { projectColumn } from "./project-columns";
import { importProjectRows } from "./project-import";
import type { RowProblem } from "./project-rows";
import type { ImportCounts } from "./row-loop";
import { projectImportSchema, type ProjectImportInput } from "./schemas";
import { readSheets, type SheetKind } from "./sheet-file";
import { updateColumn } from "./update-columns";
import { importUpdateRows } from "./update-import";

/** How long a dry run vouches for its file: an import of that file after this needs a new one. */
const CHECK_VALID_MS = 24 * 60 * 60 * 1000;
/** A whole file is one transaction: 5,000 rows take longer than a form's five seconds. */
const FILE_TIMEOUT_MS = 10 * 60 * 1000;

const refuseFile = (key: string): never => {
  throw new MutationError("invalid", { fieldErrors: { file: [{ key }] } });
};

const KNOWN = {
  projects: (key: string) => projectColumn(key) !== undefined,
  updates: (key: string) => updateColumn(key) !== undefined,
};
const IMPORTERS = { projects: importProjectRows, updates: importUpdateRows };

const sum = (counts: ImportCounts[]): ImportCounts => ({
  rows: counts.reduce((total, entry) => total + entry.rows, 0),
  created: counts.reduce((total, entry) => total + entry.created, 0),
  updated: counts.reduce((total, entry) => total + entry.updated, 0),
  unchanged: counts.reduce((total, entry) => total + entry.unchanged, 0),
  rejected: counts.reduce((total, entry) => total + entry.rejected, 0),
});

/**
 * A file's sheets tried row by row inside the transaction (docs/decisions/0028-spreadsheet-import.md):
 * projects first, so that status updates see the projects as the file leaves them. A dry run, or
 * an import in which any row is rejected, is rolled back to before the first row: nothing but the
 * record of the run is kept. Every run is recorded with its counts and problems.
 */
async function runImportFile(tx: Tx, input: ProjectImportInput, context: MutationContext) {
  const bytes = Buffer.from(await input.file.arrayBuffer());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const userId = context.actor?.userId ?? null;
  if (input.mode === "import") {
    const checked = await tx.importRun.findFirst({
      where: { userId, sha256, createdAt: { gt: new Date(Date.now() - CHECK_VALID_MS) } },
      select: { id: true },
    });
    if (!checked) refuseFile("imports:file.checkFirst");
  }
  const found = await readSheets(bytes, KNOWN);
  if (typeof found === "string") return refuseFile(`imports:file.${found}`);

  await tx.$executeRawUnsafe("SAVEPOINT import_file");
  const sheets: Partial<Record<SheetKind, ImportCounts>> = {};
  const problems: (RowProblem & { sheet: SheetKind })[] = [];
  const audit: AuditEntry[] = [];
  for (const kind of ["projects", "updates"] as const) {
    const sheet = found[kind];
    if (!sheet) continue;
    const outcome = await IMPORTERS[kind](tx, context, sheet, input.lng);
    sheets[kind] = outcome.counts;
    problems.push(...outcome.problems.map((problem) => ({ sheet: kind, ...problem })));
    audit.push(...outcome.audit);
  }
  const counts = sum(Object.values(sheets));
  const kept = input.mode === "import" && counts.rejected === 0;
  if (!kept) await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT import_file");
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const run = await tx.importRun.create({
    data: {
      kind:
        sheets.projects && sheets.updates ? "projectsAndUpdates" : sheets.projects ? "projects" : "updates",
      state: kept ? "imported" : "checked",
      userId,
      userEmail: context.actor?.email ?? context.system ?? "",
      fileName: input.file.name.slice(0, 255),
      sha256,
      ...counts,
      sheets,
      problems: listed,
    },
    select: { id: true, state: true },
  });
  return {
    result: {
      runId: run.id,
      state: run.state,
      fileName: input.file.name,
      ...counts,
      sheets,
      problems: listed,
    },
    audit: [
      ...(kept ? audit : []),
      {
        action: kept ? "imports.projects" : "imports.check",
        entityType: "ImportRun",
        entityId: run.id,
        changes: {
          fileName: { before: null, after: input.file.name },
          counts: { before: null, after: sheets },
        },
      },
    ],
  };
}

export type ImportOutcome = Awaited<ReturnType<typeof runImportFile>>["result"];

/** A dry run: what the file would do, row by row, with nothing written but its record. */
export const checkProjectImport = defineMutation({
  name: "imports.projects.check",
  permission: "projects.import",
  input: projectImportSchema.extend({ mode: projectImportSchema.shape.mode.extract(["check"]) }),
  timeoutMs: FILE_TIMEOUT_MS,
  run: runImportFile,
});

/** The file a dry run checked, imported all or nothing. */
export const importProjects = defineMutation({
  name: "imports.projects",
  permission: "projects.import",
  input: projectImportSchema.extend({ mode: projectImportSchema.shape.mode.extract(["import"]) }),
  affectsPublicPages: true,
  timeoutMs: FILE_TIMEOUT_MS,
  run: runImportFile,
});
