// What `npm start` and `npm run start:cluster` do before serving: the database (the embedded
// PostgreSQL, data in .data/postgres, unless DATABASE_URL is set) migrated and, on the first start,
// seeded with the demo data (all as the database's owner); a production build when none exists;
// the environment every instance of the server gets, connected as the portal's restricted role.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createPrismaClient } from "../lib/db/create-client";
import { reindexStaleProjects } from "../lib/projects/search-text";
import { isSeeded, seedDemo } from "../prisma/seed/demo";
import { ensureAuthSecret } from "./auth-secret";
import { buildFile } from "./build-dir";
import { openAppDatabase, portalConnection } from "./db/database";
import { applyMigrations } from "./db/migrations";
import { clearPageCache } from "./page-cache";

const NEXT = "node_modules/.bin/next";

export function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

export function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

export type PreparedPortal = {
  database: Awaited<ReturnType<typeof openAppDatabase>>;
  /** The server's environment: its database connection, secrets and public address. */
  env: Record<string, string>;
};

/** Opens, migrates and seeds the database, builds when needed; throws when the build fails. */
export async function preparePortal({
  dev = false,
  publicOrigin,
  onDatabase,
}: {
  dev?: boolean;
  publicOrigin: string;
  /** Told the database as soon as it runs, so that a failure later still stops it. */
  onDatabase: (database: PreparedPortal["database"]) => void;
}): Promise<PreparedPortal> {
  ensureAuthSecret();
  const database = await openAppDatabase();
  onDatabase(database);
  console.log(database.embedded ? "Embedded PostgreSQL is running (.data/postgres)." : "Using DATABASE_URL.");
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const db = createPrismaClient(database.url);
  try {
    if (!(await isSeeded(db))) {
      const accounts = database.embedded || process.env.SEED_DEMO_ACCOUNTS === "1";
      await seedDemo(db, { demo: accounts });
      console.log(
        accounts
          ? "Seeded the plan, the demo accounts (see README) and the demo projects."
          : "Seeded the plan.",
      );
    }
    // Projects indexed for search by an older version of the portal are indexed afresh.
    const reindexed = await reindexStaleProjects(db);
    if (reindexed) console.log(`Indexed ${reindexed} projects for search.`);
  } finally {
    await db.$disconnect();
  }
  const env = {
    DATABASE_URL: await portalConnection(database),
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET!,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? publicOrigin,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev && !existsSync(buildFile("BUILD_ID"))) {
    console.log("No production build yet: running `next build` (about half a minute).");
    const code = await finished(run(NEXT, ["build"], env));
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  }
  clearPageCache();
  return { database, env };
}
