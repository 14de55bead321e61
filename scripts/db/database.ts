// Which PostgreSQL the scripts talk to: DATABASE_URL when set, else the embedded cluster.
import pg from "pg";
import { embeddedAppRole, grantAppRole } from "./app-role";
import { connectionParts, withDatabase } from "./connection";
import { clusters, startEmbeddedPostgres } from "./embedded";

export const APP_DATABASE = "lmc";

/** `url`: the owner's connection, for migrations, seeding and the command-line scripts. */
export type Database = { url: string; embedded: boolean; close(): Promise<void> };

/**
 * The portal's database. On an external server DATABASE_URL is the portal's (restricted) role and
 * DATABASE_OWNER_URL the owner's; without DATABASE_OWNER_URL one role does both (README).
 */
export async function openAppDatabase(): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external)
    return { url: process.env.DATABASE_OWNER_URL ?? external, embedded: false, close: async () => {} };
  const cluster = await startEmbeddedPostgres(clusters.app);
  const url = withDatabase(cluster.url, APP_DATABASE);
  await createDatabaseIfMissing(cluster.url, APP_DATABASE);
  return { url, embedded: true, close: cluster.stop };
}

/**
 * Where the portal connects, after the migrations: on the embedded cluster its own role (created
 * here); on an external server DATABASE_URL, granted its rights when the owner's URL is known.
 */
export async function portalConnection(database: Database): Promise<string> {
  if (database.embedded) return embeddedAppRole(database.url);
  const portal = process.env.DATABASE_URL!;
  if (process.env.DATABASE_OWNER_URL) await grantAppRole(database.url, connectionParts(portal).user);
  else
    console.warn(
      "DATABASE_OWNER_URL is not set: the portal connects as the owner of its tables (README, Database roles).",
    );
  return portal;
}

export async function withAdminClient<T>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(connectionParts(serverUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(withDatabase(serverUrl, "postgres"), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(withDatabase(serverUrl, "postgres"), (client) =>
    client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
}

export async function dropDatabasesLike(serverUrl: string, pattern: string): Promise<void> {
  await withAdminClient(withDatabase(serverUrl, "postgres"), async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [pattern],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
