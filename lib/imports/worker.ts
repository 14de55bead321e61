import "server-only";
import { actorOfAccount } from "@/lib/auth/account-actor";
import type { Db } from "@/lib/db/create-client";
import { logEvent } from "@/lib/log";
import { processImportRun } from "./mutations";

// The import job's side of a queued run (docs/decisions/0028, 0029). A run is claimed with
// FOR UPDATE SKIP LOCKED and marked running in a short transaction of its own, so however many
// workers poll, one tries it; its file is then tried in the import's own transaction. A worker
// that dies leaves its run "running": once the import's transaction has surely timed out, another
// worker claims it again, up to MAX_ATTEMPTS times, then the run is failed for the user to upload again.

const MAX_ATTEMPTS = 3;
/** Longer than an import's transaction may last (FILE_TIMEOUT_MS): by then its worker is gone. */
const ABANDONED_AFTER_MS = 15 * 60 * 1000;

export type ImportHooks = {
  /** Called after an import wrote rows: public pages and cached figures must render afresh. */
  onImported: (runId: string) => Promise<void>;
};

type Claimed = { id: string; userId: string | null; attempts: number; ip: string | null };

async function claim(db: Db, now: Date, runId?: string): Promise<Claimed | null> {
  const abandoned = new Date(now.getTime() - ABANDONED_AFTER_MS);
  const rows = await db.$queryRaw<Claimed[]>`
    UPDATE "ImportRun" SET state = 'running', "startedAt" = ${now}, attempts = attempts + 1, progress = 0
     WHERE id = (
       SELECT id FROM "ImportRun"
        WHERE (state = 'queued' OR (state = 'running' AND "startedAt" < ${abandoned}))
          AND (${runId ?? null}::uuid IS NULL OR id = ${runId ?? null}::uuid)
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, "userId", attempts, ip`;
  return rows[0] ?? null;
}

async function fail(db: Db, id: string, errorKey: string): Promise<void> {
  await db.importRun.update({
    where: { id },
    data: { state: "failed", errorKey, file: null, finishedAt: new Date() },
  });
}

/** Tries one claimed run as its uploader; returns its final state. */
async function tryClaimed(
  db: Db,
  run: Claimed,
  hooks: ImportHooks,
): Promise<"checked" | "imported" | "failed"> {
  if (run.attempts > MAX_ATTEMPTS) {
    await fail(db, run.id, "imports:file.abandoned");
    return "failed";
  }
  const actor = run.userId ? await actorOfAccount(db, run.userId) : null;
  const result = await processImportRun.execute({ db, actor, ip: run.ip }, { runId: run.id });
  if (!result.ok) {
    const fileProblem = result.fieldErrors?.file?.[0]?.key;
    await fail(db, run.id, fileProblem ?? `staff:errors.${result.error}`);
    logEvent("imports.failed", { run: run.id, error: result.error });
    return "failed";
  }
  if (result.data.imported) await hooks.onImported(run.id);
  return result.data.imported ? "imported" : "checked";
}

/** Tries the queued runs one after another until none is left (at most `limit`); returns how many. */
export async function runQueuedImports(db: Db, hooks: ImportHooks, now = new Date(), limit = 20) {
  let tried = 0;
  for (let run = await claim(db, now); run; run = tried < limit ? await claim(db, now) : null) {
    await tryClaimed(db, run, hooks);
    tried++;
  }
  return { tried };
}

/** Tries one queued run now, if no worker has claimed it yet (tests, and the benchmark). */
export async function runQueuedImport(db: Db, runId: string, hooks: ImportHooks, now = new Date()) {
  const run = await claim(db, now, runId);
  return run ? tryClaimed(db, run, hooks) : null;
}
