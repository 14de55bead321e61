import "server-only";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { redisState } from "@/lib/cache/redis-state";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/create-client";
import { isDatabaseDown } from "./database-state";
import { isDraining } from "./draining";

/** A check slower than this counts as failed: a load balancer must not wait on a hung database. */
const CHECK_TIMEOUT_MS = 2_000;

type Check = { ok: boolean; ms: number; detail?: string };

/** A check that answered, and the answer is no: its message is shown. */
class NotReady extends Error {}

async function timed(work: () => Promise<string | undefined>): Promise<Check> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), CHECK_TIMEOUT_MS);
  });
  try {
    const detail = await Promise.race([work(), timeout]);
    return { ok: true, ms: Math.round(performance.now() - started), ...(detail && { detail }) };
  } catch (error) {
    // Only a word for the operator: never a connection string or a database message.
    const detail =
      error instanceof NotReady
        ? error.message
        : error instanceof Error && error.message === "timeout"
          ? "timeout"
          : "unreachable";
    return { ok: false, ms: Math.round(performance.now() - started), detail };
  } finally {
    clearTimeout(timer);
  }
}

/** The migrations this build ships (prisma/migrations), or null when the folder is not deployed. */
async function shippedMigrations(): Promise<string[] | null> {
  try {
    const entries = await readdir(join(process.cwd(), "prisma", "migrations"), { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory() && /^\d{14}_/.test(entry.name)).map((e) => e.name);
  } catch {
    return null;
  }
}

/**
 * Whether this instance should get requests (GET /api/ready): not shutting down, the database
 * answering, every migration this build ships applied (an instance of a newer build waits for its
 * migrations rather than failing on missing columns), and Redis answering when it is configured.
 */
export async function readiness(db: Db = getDb()) {
  const database = await timed(async () => {
    await db.$queryRaw`SELECT 1`;
    return undefined;
  });
  const migrations = database.ok
    ? await timed(async () => {
        const [shipped, applied] = await Promise.all([
          shippedMigrations(),
          db.$queryRaw<{ name: string }[]>`
            SELECT migration_name AS name FROM "_prisma_migrations"
             WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        ]);
        if (!shipped) return "not deployed with this build: not compared";
        const done = new Set(applied.map((row) => row.name));
        const missing = shipped.filter((name) => !done.has(name));
        if (missing.length) throw new NotReady(`${missing.length} not applied`);
        return `${shipped.length} applied`;
      })
    : { ok: false, ms: 0, detail: "database unreachable" };
  // With REDIS_URL the caches are shared there (docs/decisions/0032): an instance that cannot reach
  // it still serves (it renders), but reports it, so that a balancer prefers one that can.
  const shared = redisState();
  const redis =
    shared.configured && shared.ping ? await timed(async () => void (await shared.ping!())) : null;
  const draining = isDraining();
  // While this server's own watcher holds the database for down, it answers 503 to whatever needs
  // it (scripts/serve.ts), whatever this request's query found: it is not ready until the watcher
  // sees the database again.
  const databaseDown = isDatabaseDown();
  const ok = database.ok && migrations.ok && (redis?.ok ?? true) && !draining && !databaseDown;
  return {
    status: ok ? ("ready" as const) : ("unavailable" as const),
    draining,
    databaseDown,
    checks: { database, migrations, ...(redis && { redis }) },
  };
}
