// What /api/ready answers a load balancer: ready on the migrated database; not ready, quickly and
// without internals, when the database cannot be reached or the instance is shutting down.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
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

  it("is not ready once the instance drains", async () => {
    startDraining();
    expect(await readiness(db)).toMatchObject({ status: "unavailable", draining: true });
  });
});
