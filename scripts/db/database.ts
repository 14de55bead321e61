// Which PostgreSQL the scripts talk to: DATABASE_URL when set, else the embedded cluster.
import pg from "pg";
import { connectionParts, withDatabase } from "./connection";
import { clusters, startEmbeddedPostgres } from "./embedded";

export const APP_DATABASE = "lmc";

export type Database = { url: string; embedded: boolean; close(): Promise<void> };

export async function openAppDatabase(): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, close: async () => {} };
  const cluster = await startEmbeddedPostgres(clusters.app);
  const url = withDatabase(cluster.url, APP_DATABASE);
  await createDatabaseIfMissing(cluster.url, APP_DATABASE);
  return { url, embedded: true, close: cluster.stop };
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
