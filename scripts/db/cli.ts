// `npm run db:<command>`: migrate, migration, check, seed, reset; `npm run backup` and
// `npm run restore -- <archive> [--force]`. Uses DATABASE_OWNER_URL or DATABASE_URL when set, else
// the embedded PostgreSQL under .data/postgres.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedDemo } from "../../prisma/seed/demo";
import { ensureAuthSecret } from "../auth-secret";
import { backup, restore } from "./backup";
import { databaseName, withDatabase } from "./connection";
import { createDatabaseIfMissing, dropDatabase, openAppDatabase } from "./database";
import { applyMigrations, createMigration, pendingSchemaChanges } from "./migrations";

const commands: Record<string, (url: string, args: string[]) => Promise<number>> = {
  async backup(url, [archive]) {
    const target =
      archive ?? `.data/backups/lmc-${new Date().toISOString().replace(/[:.]/g, "-")}.lmcbackup.gz`;
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    const manifest = await backup(url, target);
    const rows = Object.values(manifest.tables).reduce((total, table) => total + table.rows, 0);
    const tables = Object.keys(manifest.tables).length;
    console.log(`Backed up ${rows} rows of ${tables} tables to ${target}`);
    return 0;
  },
  async restore(url, args) {
    const archive = args.find((arg) => !arg.startsWith("--"));
    if (!archive) {
      console.error("Usage: npm run restore -- <archive> [--force]");
      return 2;
    }
    const manifest = await restore(url, archive, { force: args.includes("--force") });
    const rows = Object.values(manifest.tables).reduce((total, table) => total + table.rows, 0);
    console.log(
      `Restored ${rows} rows of ${Object.keys(manifest.tables).length} tables; every checksum matches.`,
    );
    return 0;
  },
  async migrate(url) {
    const applied = await applyMigrations(url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
    return 0;
  },
  async migration(url, [name = ""]) {
    const folder = await createMigration(url, name);
    console.log(folder ? `Created ${folder}` : "The schema and the migrations agree: nothing to create.");
    return 0;
  },
  async check(url) {
    const sql = await pendingSchemaChanges(url);
    if (!sql) {
      console.log("prisma/schema.prisma and prisma/migrations agree.");
      return 0;
    }
    console.error(
      "prisma/schema.prisma has changes that no migration holds. Run `npm run db:migration -- <name>`.\n",
    );
    console.error(sql);
    return 1;
  },
  async seed(url) {
    ensureAuthSecret();
    const accounts = !process.env.DATABASE_URL || process.env.SEED_DEMO_ACCOUNTS === "1";
    const db = createPrismaClient(url);
    try {
      await seedDemo(db, { demo: accounts });
    } finally {
      await db.$disconnect();
    }
    console.log(
      accounts
        ? "Seeded the plan, the demo accounts and the demo projects."
        : "Seeded the plan (no demo data: SEED_DEMO_ACCOUNTS=1 adds it).",
    );
    return 0;
  },
  async reset(url) {
    const name = databaseName(url);
    await dropDatabase(url, name);
    await createDatabaseIfMissing(withDatabase(url, "postgres"), name);
    await commands.migrate!(url, []);
    return commands.seed!(url, []);
  },
};

async function main() {
  const [command = "", ...args] = process.argv.slice(2);
  const run = commands[command];
  if (!run) {
    console.error(`Usage: tsx scripts/db/cli.ts <${Object.keys(commands).join("|")}>`);
    process.exit(2);
  }
  const database = await openAppDatabase();
  let code = 1;
  try {
    code = await run(database.url, args);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await database.close();
  }
  process.exit(code);
}

await main();
