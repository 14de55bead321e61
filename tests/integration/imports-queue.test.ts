// Spreadsheets on the import job (lib/imports/worker.ts): an upload only queues its file; a worker
// tries it as its uploader's account stands at that moment; two workers never try one file twice;
// a run a dead worker left behind is taken up again, then given up; each user follows only their own.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { checkProjectImport, importProjects } from "@/lib/imports/mutations";
import { getImportRun } from "@/lib/imports/queries";
import { runQueuedImport, runQueuedImports } from "@/lib/imports/worker";
import type { Actor } from "@/lib/auth/permissions";
import { createActor } from "../support/actors";
import { finishImport } from "../support/imports";

const db = createPrismaClient(process.env.DATABASE_URL!);
// A second pool for the second worker.
const otherWorker = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => Promise.all([db.$disconnect(), otherWorker.$disconnect()]));

const sheet = (marker: string, rows = 1, country = "TH") =>
  new File(
    [
      "title.en,summary.en,leadCountry,pillar,approvalYear\n" +
        Array.from(
          { length: rows },
          (_, row) => `Queued ${marker} ${row},From a sheet,${country},political-security,2024\n`,
        ).join(""),
    ],
    `queued-${marker}.csv`,
  );

async function queue(actor: Actor, file: File, mode: "check" | "import" = "check") {
  const mutation = mode === "check" ? checkProjectImport : importProjects;
  const queued = await mutation.execute({ db, actor, ip: "203.0.113.9" }, { mode, lng: "en", file });
  if (!queued.ok) throw new Error(JSON.stringify(queued));
  return queued.data.runId;
}

const projectsMarked = (marker: string) => db.project.count({ where: { searchText: { contains: marker } } });
const auditOf = (runId: string) =>
  db.auditEvent.findMany({ where: { entityId: runId }, select: { action: true, actorId: true, ip: true } });

describe("imports on the job queue", () => {
  it("queues the upload with its file, and a worker tries it as the uploader, once", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const marker = randomUUID().slice(0, 8);
    const file = sheet(marker, 40);
    const runId = await queue(actor, file);
    const queued = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(queued).toMatchObject({ state: "queued", mode: "check", rows: 0, kind: null, attempts: 0 });
    expect(queued.file?.byteLength).toBe(file.size);

    // Other test files' runs may be tried by these workers too: only this test's count here.
    const imported: string[] = [];
    const hooks = { onImported: async (id: string) => void imported.push(id) };
    await Promise.all([runQueuedImports(db, hooks), runQueuedImports(otherWorker, hooks)]);
    const checked = await finishImport(db, actor, runId);
    expect(checked).toMatchObject({ state: "checked", rows: 40, progress: 40, created: 40, rejected: 0 });
    const stored = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(stored).toMatchObject({ attempts: 1, file: null, kind: "projects" });
    expect(stored.finishedAt).not.toBeNull();
    // Queued then checked, each audited once, as the uploader from the uploader's address.
    expect((await auditOf(runId)).map((event) => event.action).sort()).toEqual([
      "imports.check",
      "imports.queued",
    ]);
    expect(await auditOf(runId)).toEqual(
      expect.arrayContaining([{ action: "imports.check", actorId: actor.userId, ip: "203.0.113.9" }]),
    );
    expect(imported).not.toContain(runId);
    expect(await projectsMarked(marker)).toBe(0);

    const importId = await queue(actor, file, "import");
    await runQueuedImport(db, importId, hooks);
    expect(await finishImport(db, actor, importId)).toMatchObject({ state: "imported", created: 40 });
    expect(imported.filter((id) => id === importId)).toEqual([importId]);
    expect(await projectsMarked(marker)).toBe(40);
  });

  it("tries a file with the account's rights when it runs: disabled or demoted meanwhile, nothing is written", async () => {
    const marker = randomUUID().slice(0, 8);
    const disabled = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const first = await queue(disabled, sheet(`${marker}a`));
    await db.user.update({ where: { id: disabled.userId }, data: { disabledAt: new Date() } });
    const demoted = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const second = await queue(demoted, sheet(`${marker}b`));
    await db.user.update({ where: { id: demoted.userId }, data: { role: "viewer", countryCode: null } });

    for (const runId of [first, second]) await runQueuedImport(db, runId, { onImported: async () => {} });
    expect(await db.importRun.findUniqueOrThrow({ where: { id: first } })).toMatchObject({
      state: "failed",
      errorKey: "staff:errors.unauthenticated",
      file: null,
    });
    expect(await db.importRun.findUniqueOrThrow({ where: { id: second } })).toMatchObject({
      state: "failed",
      errorKey: "staff:errors.forbidden",
    });
    expect(await auditOf(second)).toEqual([expect.objectContaining({ action: "imports.queued" })]);
  });

  it("takes up a run a dead worker left after the import's time is surely over, and gives up after three", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const marker = randomUUID().slice(0, 8);
    const longAgo = new Date(Date.now() - 20 * 60 * 1000);
    const recent = await queue(actor, sheet(`${marker}r`));
    const abandoned = await queue(actor, sheet(`${marker}a`));
    const hopeless = await queue(actor, sheet(`${marker}h`));
    await db.importRun.update({
      where: { id: recent },
      data: { state: "running", startedAt: new Date(), attempts: 1 },
    });
    await db.importRun.update({
      where: { id: abandoned },
      data: { state: "running", startedAt: longAgo, attempts: 1 },
    });
    await db.importRun.update({
      where: { id: hopeless },
      data: { state: "running", startedAt: longAgo, attempts: 3 },
    });

    const hooks = { onImported: async () => {} };
    expect(await runQueuedImport(db, recent, hooks)).toBeNull();
    expect(await runQueuedImport(db, abandoned, hooks)).toBe("checked");
    expect(await runQueuedImport(db, hopeless, hooks)).toBe("failed");
    expect(await db.importRun.findUniqueOrThrow({ where: { id: abandoned } })).toMatchObject({ attempts: 2 });
    expect(await db.importRun.findUniqueOrThrow({ where: { id: hopeless } })).toMatchObject({
      errorKey: "imports:file.abandoned",
      file: null,
    });
    expect(await db.importRun.findUniqueOrThrow({ where: { id: recent } })).toMatchObject({
      state: "running",
    });
  });

  it("shows how far a worker got while it tries a file, from outside the import's transaction", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    // An import writes its rows and takes seconds; a dry run of 200 rows is over in a moment.
    const file = sheet(randomUUID().slice(0, 8), 200);
    await finishImport(db, actor, await queue(actor, file));
    const runId = await queue(actor, file, "import");
    const seen: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const run = await getImportRun(actor, runId);
        if (run?.state === "running") seen.push(run.progress);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await runQueuedImport(otherWorker, runId, { onImported: async () => {} });
    polling = false;
    await poller;
    expect(await finishImport(db, actor, runId)).toMatchObject({
      state: "imported",
      progress: 200,
      rows: 200,
    });
    expect(
      seen.some((progress) => progress > 0 && progress < 200),
      `progress seen: ${seen.join(", ")}`,
    ).toBe(true);
  });

  it("shows a run to its uploader and to administrators only", async () => {
    const owner = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const runId = await queue(owner, sheet(randomUUID().slice(0, 8)));
    const colleague = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const admin = await createActor(db, { role: "admin" });
    expect(await getImportRun(owner, runId)).toMatchObject({ id: runId, state: "queued" });
    expect(await getImportRun(admin, runId)).toMatchObject({ id: runId });
    expect(await getImportRun(colleague, runId)).toBeNull();
    expect(await getImportRun(owner, "not-a-uuid")).toBeNull();
    // The file itself never leaves with the run.
    expect(await getImportRun(owner, runId)).not.toHaveProperty("file");
  });
});
