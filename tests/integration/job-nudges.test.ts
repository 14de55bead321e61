import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOBS, runSoon } from "@/lib/jobs/queue";
import { JOB_SCHEMA } from "@/lib/jobs/schema";
import { shutDown } from "@/lib/ops/shutdown";

// The portal's server runs no jobs (JOBS=off) when the job process runs beside it (scripts/jobs.ts):
// its nudges (an upload, a publication) must still reach the queue that process works on.
const worker = new PgBoss({
  connectionString: process.env.DATABASE_URL!,
  schema: JOB_SCHEMA,
  createSchema: false,
  supervise: false,
  schedule: false,
});

describe("a nudge from a process that runs no jobs", () => {
  beforeAll(async () => {
    await worker.start();
    await worker.createQueue(JOBS.imports);
    while ((await worker.fetch(JOBS.imports)).length) {
      // jobs left by earlier tests: not this one's
    }
  });
  afterAll(() => worker.stop({ graceful: false }));

  it("reaches the queue through a queue that only sends, closed with the process", async () => {
    await runSoon(JOBS.imports);
    await runSoon(JOBS.imports);
    const fetched = await worker.fetch(JOBS.imports, { batchSize: 10 });
    expect(fetched).toHaveLength(2);
    expect(await shutDown(5_000)).toEqual([]);
  });
});
