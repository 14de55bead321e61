import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { defineRead } from "@/lib/reads/define";
import type { RowProblem } from "./project-rows";
import type { ImportCounts } from "./row-loop";
import type { SheetKind } from "./sheet-file";

const RUN_FIELDS = {
  id: true,
  kind: true,
  state: true,
  mode: true,
  userEmail: true,
  fileName: true,
  progress: true,
  rows: true,
  created: true,
  updated: true,
  unchanged: true,
  rejected: true,
  sheets: true,
  problems: true,
  errorKey: true,
  createdAt: true,
} satisfies Prisma.ImportRunSelect;

type StoredRun = Prisma.ImportRunGetPayload<{ select: typeof RUN_FIELDS }>;

const shown = (run: StoredRun) => ({
  ...run,
  sheets: run.sheets as Partial<Record<SheetKind, ImportCounts>>,
  problems: run.problems as (RowProblem & { sheet?: SheetKind })[],
});

/** A run as the import page shows it: its state and progress, then what came of it. */
export type ImportRunView = ReturnType<typeof shown>;

/** The latest imports and dry runs: an administrator reviews everyone's, a secretariat their own. */
export const listImportRuns = defineRead("imports.list", "projects.import", async (viewer) => {
  const runs = await getDb().importRun.findMany({
    where: viewer.role === "admin" ? {} : { userId: viewer.userId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: RUN_FIELDS,
  });
  return runs.map(shown);
});

/** One run, for the page following it: its uploader's, or any for an administrator; else null. */
export const getImportRun = defineRead("imports.get", "projects.import", async (viewer, id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  const run = await getDb().importRun.findUnique({ where: { id }, select: { ...RUN_FIELDS, userId: true } });
  if (!run || (run.userId !== viewer.userId && viewer.role !== "admin")) return null;
  const { userId: _owner, ...rest } = run;
  return shown(rest);
});
