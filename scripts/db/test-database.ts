// A fresh database for one test run: on DATABASE_URL's server when set, else on an embedded
// cluster of its own. Migrated with the real migrations, seeded with the shared seed functions.
import { createPrismaClient } from "../../lib/db/create-client";
import { seedDemo } from "../../prisma/seed/demo";
import { embeddedAppRole } from "./app-role";
import { withDatabase } from "./connection";
import { createDatabaseIfMissing, dropDatabase, dropDatabasesLike } from "./database";
import { startEmbeddedPostgres } from "./embedded";
import { applyMigrations } from "./migrations";

/** `url`: the portal's restricted role, as the app connects; `ownerUrl`: the owner's. */
export type TestDatabase = { url: string; ownerUrl: string; dispose(): Promise<void> };

/** Tests use a fixed secret of their own, so sealed demo secrets and session cookies agree. */
export const TEST_AUTH_SECRET = "test-only-secret-for-the-lmc-plan-tracker-0123456789";

export async function createTestDatabase(
  cluster: { dir: string; port: number },
  label: string,
): Promise<TestDatabase> {
  process.env.NEXTAUTH_SECRET = TEST_AUTH_SECRET;
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(cluster);
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
  // The embedded cluster is ours alone: databases that an interrupted earlier run left behind go.
  // On a shared server (DATABASE_URL) other runs' databases are left alone.
  if (embedded) await dropDatabasesLike(serverUrl, `lmc_${label}_%`);
  const name = `lmc_${label}_${Date.now()}_${process.pid}`;
  await createDatabaseIfMissing(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  const db = createPrismaClient(url);
  try {
    await seedDemo(db, { demo: true });
  } finally {
    await db.$disconnect();
  }
  return {
    url: embedded ? await embeddedAppRole(url) : url,
    ownerUrl: url,
    async dispose() {
      await dropDatabase(serverUrl, name);
      await embedded?.stop();
    },
  };
}
