// A spreadsheet taken through the import as the portal takes it: queued by its mutation (as the
// route does), then tried by the import job's code (lib/imports/worker.ts), and read back as the
// page polls it. A run refused as a whole answers like the refusal it is, with the file's problem.
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { checkProjectImport, importProjects } from "@/lib/imports/mutations";
import { getImportRun, type ImportRunView } from "@/lib/imports/queries";
import { runQueuedImport } from "@/lib/imports/worker";
import type { Locale } from "@/lib/i18n/settings";
import type { MutationResult } from "@/lib/mutations/result";

const noRevalidation = { onImported: async () => {} };

/** Waits for a queued run to be finished, trying it here unless another worker has it. */
export async function finishImport(db: Db, actor: Actor, runId: string): Promise<ImportRunView> {
  await runQueuedImport(db, runId, noRevalidation);
  for (let waited = 0; waited < 120; waited++) {
    const run = await getImportRun(actor, runId);
    if (run && !["queued", "running"].includes(run.state)) return run;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`import run ${runId} not finished in a minute`);
}

export async function importFile(
  db: Db,
  actor: Actor | null,
  file: File,
  mode: "check" | "import" = "check",
  lng: Locale = "en",
): Promise<MutationResult<ImportRunView>> {
  const mutation = mode === "check" ? checkProjectImport : importProjects;
  const queued = await mutation.execute({ db, actor, ip: null }, { mode, lng, file });
  if (!queued.ok) return queued;
  const run = await finishImport(db, actor!, queued.data.runId);
  if (run.state === "failed")
    return { ok: false, error: "invalid", fieldErrors: { file: [{ key: run.errorKey ?? "" }] } };
  return { ok: true, data: run };
}
