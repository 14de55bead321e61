// What /api/ready answers a load balancer: ready on the migrated database; not ready, quickly and
// without internals, when the database cannot be reached or the instance is shutting down.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { isDatabaseDown, watchDatabase } from "@/lib/ops/database-state";
import { startDraining } from "@/lib/ops/draining";
import { readiness } from "@/lib/ops/readiness";

const db = createPrismaClient(process.env.DATABASE_URL!);
// Nothing listens on port 9 (discard) here: connections are refused at once.
const unreachable = createPrismaClient("postgresql://portal:secret@127.0.0.1:9/none");
afterAll(() => Promise.all([db.$disconnect(), unreachable.$disconnect()]));

describe("readiness", () => {
  it("is ready on the migrated database, with every shipped migration applied", async () => {
    const report = await readiness(db);
    expect(report).toMatchObject({ status: "ready", draining: false, checks: { database: { ok: true } } });
    expect(report.checks.migrations).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/^\d+ applied$/),
    });
  });

  it("is not ready when the database cannot be reached, and says no more than that", async () => {
    const started = Date.now();
    const report = await readiness(unreachable);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(report).toMatchObject({
      status: "unavailable",
      checks: { database: { ok: false }, migrations: { ok: false } },
    });
    expect(JSON.stringify(report)).not.toMatch(/secret|portal:|127\.0\.0\.1/);
  });

  it("is not ready while the server's own watcher holds the database for down (it turns requests away)", async () => {
    const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let reachable = false;
    const stop = watchDatabase(
      async () => {
        if (!reachable) throw new Error("connect ECONNREFUSED");
      },
      () => {},
      { downEveryMs: 10 },
    );
    try {
      await tick(20);
      expect(isDatabaseDown()).toBe(true);
      // This request's own query reaches the database: the instance still says it is not ready.
      expect(await readiness(db)).toMatchObject({
        status: "unavailable",
        databaseDown: true,
        checks: { database: { ok: true } },
      });
      reachable = true;
      await tick(50);
      expect(await readiness(db)).toMatchObject({ status: "ready", databaseDown: false });
    } finally {
      stop();
    }
  });

  it("is not ready once the instance drains", async () => {
    startDraining();
    expect(await readiness(db)).toMatchObject({ status: "unavailable", draining: true });
  });
});
