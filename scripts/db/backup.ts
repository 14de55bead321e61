// `npm run backup` and `npm run restore` (docs/decisions/0030): one gzip archive of JSON lines with
// the database's rows, read in one snapshot (stored files included: attachments and printed briefing
// packs live in tables), and a manifest (portal version, migrations, rows and SHA-256 per table).
// Plain SQL on the portal's own connection: no pg_dump of the server's major version is needed.
import { createReadStream, createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { PassThrough } from "node:stream";
import pg from "pg";
import { connectionParts } from "./connection";
import { applyMigrations, shippedMigrationNames } from "./migrations";
import {
  ident,
  portalTables,
  readRows,
  sumTables,
  tableSum,
  utcSession,
  type TableSums,
} from "./table-contents";

export const ARCHIVE_FORMAT = "lmc-backup/2";

type Header = {
  kind: "header";
  format: string;
  portalVersion: string;
  createdAt: string;
  migrations: string[];
};
type Manifest = {
  kind: "manifest";
  tables: TableSums;
};
type Line = Header | { kind: "rows"; table: string; rows: string[] } | Manifest;

async function portalVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.resolve("package.json"), "utf8")) as { version: string };
  return pkg.version;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client(connectionParts(url));
  await client.connect();
  await utcSession(client);
  return client;
}

/** Writes the archive; returns its manifest. The rows are read in one REPEATABLE READ snapshot. */
export async function backup(url: string, archive: string): Promise<Manifest> {
  const client = await connect(url);
  const out = new PassThrough();
  const written = pipeline(out, createGzip(), createWriteStream(archive));
  const write = async (line: Line) => {
    if (!out.write(`${JSON.stringify(line)}\n`)) await new Promise((resolve) => out.once("drain", resolve));
  };
  const manifest: Manifest = { kind: "manifest", tables: {} };
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows: applied } = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
    );
    await write({
      kind: "header",
      format: ARCHIVE_FORMAT,
      portalVersion: await portalVersion(),
      createdAt: new Date().toISOString(),
      migrations: applied.map((row) => row.name),
    });
    for (const table of await portalTables(client)) {
      const sum = tableSum();
      await readRows(client, table, async (rows) => {
        sum.add(rows);
        for (const chunk of bySize(rows)) await write({ kind: "rows", table: table.name, rows: chunk });
      });
      manifest.tables[table.name] = sum.done();
    }
    await client.query("COMMIT");
    await write(manifest);
  } finally {
    out.end();
    await written;
    await client.end();
  }
  return manifest;
}

/** Rows split into lines of at most ~8 MB of text (attachments' bytes are large), one INSERT each. */
function* bySize(rows: string[], limit = 8 * 1024 * 1024): Generator<string[]> {
  let chunk: string[] = [];
  let size = 0;
  for (const row of rows) {
    if (chunk.length && size + row.length > limit) {
      yield chunk;
      chunk = [];
      size = 0;
    }
    chunk.push(row);
    size += row.length;
  }
  if (chunk.length) yield chunk;
}

export class RestoreRefused extends Error {}

/** Whether the database holds any portal row (or no portal schema at all: null). */
async function rowsPresent(client: pg.Client): Promise<boolean | null> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('public."_prisma_migrations"') IS NOT NULL AS exists`,
  );
  if (!rows[0]!.exists) return null;
  for (const table of await portalTables(client)) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${ident(table.name)} LIMIT 1`);
    if (rowCount) return true;
  }
  return false;
}

/**
 * Restores an archive into `url`'s database: empty (no tables, or migrated without rows), or any
 * with `force` (its rows are replaced). One transaction: the rows, the sequences, then each table's
 * checksum against the manifest; any difference rolls everything back.
 */
export async function restore(
  url: string,
  archive: string,
  { force = false }: { force?: boolean } = {},
): Promise<Manifest> {
  const shipped = await shippedMigrationNames();
  const client = await connect(url);
  try {
    const present = await rowsPresent(client);
    if (present && !force)
      throw new RestoreRefused(
        "The database is not empty. Restore into an empty one, or add --force to replace its rows.",
      );
    const lines = createInterface({
      input: createReadStream(archive).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    let header: Header | null = null;
    let manifest: Manifest | null = null;
    let columnsOf: Map<string, string[]> | null = null;
    for await (const text of lines) {
      const line = JSON.parse(text) as Line;
      if (line.kind === "header") {
        if (line.format !== ARCHIVE_FORMAT) throw new RestoreRefused(`Not a portal backup (${line.format}).`);
        if (line.migrations.join() !== shipped.join())
          throw new RestoreRefused(
            `The backup was taken at migration ${line.migrations.at(-1)}; this portal is at ${shipped.at(-1)}. ` +
              "Restore it with the portal version that took it, then upgrade.",
          );
        header = line;
        if (present === null) await applyMigrations(url);
        await client.query("BEGIN");
        // Rows go in as they were: no trigger recomputes them, no foreign key waits for its table.
        // Needs a role allowed to set it (superuser, or GRANT SET ON PARAMETER on PostgreSQL 15+).
        await client.query("SET LOCAL session_replication_role = replica").catch((error: Error) => {
          throw new RestoreRefused(
            `This role may not restore rows as they were (${error.message}). Use the database owner ` +
              "with superuser rights, or GRANT SET ON PARAMETER session_replication_role to it.",
          );
        });
        const tables = await portalTables(client);
        columnsOf = new Map(tables.map((table) => [table.name, table.columns]));
        if (present) await client.query(`TRUNCATE ${tables.map((table) => ident(table.name)).join(", ")}`);
      } else if (line.kind === "rows") {
        const columns = columnsOf?.get(line.table);
        if (!columns)
          throw new RestoreRefused(`The backup holds a table this portal does not have: ${line.table}.`);
        const list = columns.map(ident).join(", ");
        await client.query(
          `INSERT INTO ${ident(line.table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${ident(line.table)}, $1::json)`,
          [`[${line.rows.join(",")}]`],
        );
      } else {
        manifest = line;
      }
    }
    if (!header || !manifest) throw new RestoreRefused("The archive is incomplete (no manifest at its end).");
    await resetSequences(client);
    const sums = await sumTables(client);
    const differing = Object.keys({ ...sums, ...manifest.tables }).filter(
      (name) => sums[name]?.sha256 !== manifest!.tables[name]?.sha256,
    );
    if (differing.length)
      throw new RestoreRefused(`Restored content differs from the backup in: ${differing.join(", ")}.`);
    await client.query("COMMIT");
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Each serial column's sequence continues after the restored rows. */
async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(`
    SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(format('%I', c.relname), a.attname) AS sequence
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind = 'r'
       AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL`);
  for (const { table, column, sequence } of rows)
    await client.query(
      `SELECT setval($1, COALESCE((SELECT max(${ident(column)}) FROM ${ident(table)}), 1),
                    (SELECT max(${ident(column)}) FROM ${ident(table)}) IS NOT NULL)`,
      [sequence],
    );
}
