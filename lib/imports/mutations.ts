import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { defineMutation, type MutationContext, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { tryImportFile } from "./run-file";
import { projectImportSchema, type ProjectImportInput } from "./schemas";

/** How long a dry run vouches for its file: an import of that file after this needs a new one. */
const CHECK_VALID_MS = 24 * 60 * 60 * 1000;
/** A whole file is one transaction: 5,000 rows take longer than a form's five seconds. */
const FILE_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * An uploaded file queued for the import job (docs/decisions/0028): the request only validates
 * the input, checks the actor and keeps the file with its run, so a long file never holds a
 * request; the page follows the run's progress. An import is accepted only for a file the same
 * person's dry run checked in the last day.
 */
async function queueFile(tx: Tx, input: ProjectImportInput, context: MutationContext) {
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const userId = context.actor?.userId ?? null;
  if (input.mode === "import") {
    const checked = await tx.importRun.findFirst({
      where: { userId, sha256, state: "checked", createdAt: { gt: new Date(Date.now() - CHECK_VALID_MS) } },
      select: { id: true },
    });
    if (!checked)
      throw new MutationError("invalid", { fieldErrors: { file: [{ key: "imports:file.checkFirst" }] } });
  }
  const run = await tx.importRun.create({
    data: {
      state: "queued",
      mode: input.mode,
      lng: input.lng,
      file: bytes,
      ip: context.ip,
      userId,
      userEmail: context.actor?.email ?? context.system ?? "",
      fileName: input.file.name.slice(0, 255),
      sha256,
    },
    select: { id: true, state: true },
  });
  // What the file did is audited again when the worker has tried it.
  return {
    result: { runId: run.id, state: run.state },
    audit: {
      action: "imports.queued",
      entityType: "ImportRun",
      entityId: run.id,
      changes: {
        fileName: { before: null, after: input.file.name },
        mode: { before: null, after: input.mode },
      },
    },
  };
}

export type QueuedImport = { runId: string; state: string };

/** A dry run queued: what the file would do, row by row, with nothing written but its record. */
export const checkProjectImport = defineMutation({
  name: "imports.projects.check",
  permission: "projects.import",
  input: projectImportSchema.extend({ mode: projectImportSchema.shape.mode.extract(["check"]) }),
  run: queueFile,
});

/** The file a dry run checked, queued to be imported all or nothing. */
export const importProjects = defineMutation({
  name: "imports.projects",
  permission: "projects.import",
  input: projectImportSchema.extend({ mode: projectImportSchema.shape.mode.extract(["import"]) }),
  run: queueFile,
});

/**
 * A queued run tried by the import job, as the person who uploaded it: the job rebuilds their
 * actor from the account as it is now (lib/auth/account-actor.ts), so the permission, the country
 * of every row and a disabled account are checked again when the work is done, not only when it
 * was asked for. Only the uploader's own run can be tried on their behalf.
 */
export const processImportRun = defineMutation({
  name: "imports.process",
  permission: "projects.import",
  input: z.object({ runId: z.uuid() }),
  affectsPublicPages: true,
  timeoutMs: FILE_TIMEOUT_MS,
  run: async (tx, { runId }, context) => {
    const run = await tx.importRun.findUnique({
      where: { id: runId },
      select: { id: true, userId: true, state: true, mode: true, lng: true, fileName: true, file: true },
    });
    if (!run || run.state !== "running" || !run.file) throw new MutationError("notFound");
    if (run.userId !== context.actor?.userId) throw new MutationError("forbidden");
    return tryImportFile(tx, { ...run, file: run.file }, context, progressWriter(context, runId));
  },
});

/** At most one progress write a second: outside the transaction, so the page sees it at once. */
const PROGRESS_EVERY_MS = 1_000;

function progressWriter(context: MutationContext, runId: string) {
  let last = 0;
  return async (done: number, total: number) => {
    const now = Date.now();
    if (done > 0 && done < total && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    await context.db.importRun.update({ where: { id: runId }, data: { progress: done, rows: total } });
  };
}
