// `npm start`: the portal on http://localhost:3000 with a real PostgreSQL. Without DATABASE_URL it
// starts the embedded PostgreSQL (data in .data/postgres), applies the migrations, seeds the demo
// data on the first start (all as the database's owner), builds the app when no build exists, and
// serves it with scripts/serve.ts, connected as the portal's own restricted role. `npm run dev`
// does the same with `next dev`. Ctrl-C stops the server and the database.
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

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const NEXT = "node_modules/.bin/next";

function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
}

function finished(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

ensureAuthSecret();
const database = await openAppDatabase();
console.log(database.embedded ? "Embedded PostgreSQL is running (.data/postgres)." : "Using DATABASE_URL.");

let server: ChildProcess | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await finished(server);
  }
  await database.close();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
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
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev && !existsSync(buildFile("BUILD_ID"))) {
    console.log("No production build yet: running `next build` (about half a minute).");
    const code = await finished(run(NEXT, ["build"], env));
    if (code !== 0) await stop(code);
  }
  clearPageCache();
  server = run("node_modules/.bin/tsx", ["scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
    ...env,
    PORT: port,
  });
  await stop(await finished(server));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
