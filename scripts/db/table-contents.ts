// The portal's tables as content, read and written with plain SQL (docs/decisions/0030): each row
// as PostgreSQL's own JSON of it (row_to_json), in primary-key order, and a SHA-256 of those texts
// per table. Backup, restore and the test that compares them all count with this one function.
import { createHash } from "node:crypto";
import type pg from "pg";

export type TableInfo = { name: string; order: string; columns: string[] };
export type TableSums = Record<string, { rows: number; sha256: string }>;

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The tables of the public schema (not Prisma's migration log), with their key order and columns. */
export async function portalTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; keys: string[] | null; columns: string[] }>(`
    SELECT c.relname::text AS name,
           (SELECT array_agg(a.attname::text ORDER BY array_position(i.indkey::int2[], a.attnum))
              FROM pg_index i JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
             WHERE i.indrelid = c.oid AND i.indisprimary) AS keys,
           (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '') AS columns
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
     ORDER BY c.relname`);
  return rows.map(({ name, keys, columns }) => ({
    name,
    // A table without a primary key is ordered by its rows' text: the same order on both sides.
    order: keys?.length ? keys.map(ident).join(", ") : "1",
    columns,
  }));
}

/**
 * Calls `each` with the rows of `table` as JSON texts, a batch at a time, through a cursor (the
 * whole table is never in memory). Within the caller's transaction, so a backup reads one snapshot.
 */
export async function readRows(
  client: pg.Client,
  table: TableInfo,
  each: (rows: string[]) => Promise<void> | void,
  batch = 500,
): Promise<void> {
  const cursor = `rows_${table.name.replace(/\W/g, "_")}`;
  const query = `SELECT row_to_json(t)::text AS r FROM ${ident(table.name)} t ORDER BY ${table.order}`;
  await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${query}`);
  for (;;) {
    const { rows } = await client.query<{ r: string }>(`FETCH ${batch} FROM ${cursor}`);
    if (!rows.length) break;
    await each(rows.map((row) => row.r));
  }
  await client.query(`CLOSE ${cursor}`);
}

/** Times as text in UTC whatever the server's setting, so that checksums agree across servers. */
export async function utcSession(client: pg.Client): Promise<void> {
  await client.query("SET TIME ZONE 'UTC'");
}

/** A table's running count and hash, fed the row texts in order. */
export function tableSum() {
  const hash = createHash("sha256");
  let rows = 0;
  return {
    add(texts: string[]) {
      for (const text of texts) hash.update(text).update("\n");
      rows += texts.length;
    },
    done: () => ({ rows, sha256: hash.digest("hex") }),
  };
}

/** Rows and content hash of every portal table, as the client's current transaction sees them. */
export async function sumTables(client: pg.Client): Promise<TableSums> {
  await utcSession(client);
  const sums: TableSums = {};
  for (const table of await portalTables(client)) {
    const sum = tableSum();
    await readRows(client, table, (texts) => sum.add(texts));
    sums[table.name] = sum.done();
  }
  return sums;
}

/** The same in one snapshot of their own. */
export async function tableSums(client: pg.Client): Promise<TableSums> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    return await sumTables(client);
  } finally {
    await client.query("COMMIT");
  }
}
