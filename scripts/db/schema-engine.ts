// Prisma's schema engine (migrations, diffs) compiled to WebAssembly, driven through the pg adapter.
// The Prisma CLI cannot be used on these machines: it insists on downloading a native engine.
// See docs/decisions/0002-migrations-through-the-wasm-schema-engine.md.
import { AsyncLocalStorage } from "node:async_hooks";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine as Engine } from "@prisma/schema-engine-wasm";
import pg from "pg";
import { connectionParts, withDatabase } from "./connection";

const require = createRequire(import.meta.url);
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

let loaded: Promise<typeof glue> | undefined;

function loadWasm(): Promise<typeof glue> {
  loaded ??= (async () => {
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = await readFile(path.join(packageDir, "schema_engine_bg.wasm"));
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        throw new Error(`Prisma schema engine panicked: ${message}`);
      },
    };
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return loaded;
}

type Queryable = {
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }>;
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
  startTransaction?: (...args: unknown[]) => Promise<Queryable>;
  executeScript?: (script: string) => Promise<void>;
  underlyingDriver?: () => { query(sql: string): Promise<unknown> };
  onError?: (error: unknown) => never;
};

const charColumns = new AsyncLocalStorage<number[]>();

/**
 * Mends two defects of adapter-pg 7.10 on the migration path:
 * - it rejects PostgreSQL catalog columns of type `"char"` (e.g. pg_class.relkind), which the
 *   engine reads while introspecting: they are reported as Character, as the native engine does;
 * - its executeScript splits a migration at every ";", which breaks function bodies and strings:
 *   the script goes to PostgreSQL whole, as one simple-protocol query (and so runs atomically).
 */
function patchAdapter<T extends object>(adapter: T): T {
  const target = adapter as unknown as Queryable;
  const driver = target.underlyingDriver?.();
  if (target.executeScript && driver) {
    target.executeScript = async (script) => {
      try {
        await driver.query(script);
      } catch (error) {
        target.onError!(error);
      }
    };
  }
  const performIO = target.performIO.bind(target);
  const queryRaw = target.queryRaw.bind(target);
  target.performIO = async (query) => {
    const result = await performIO(query);
    const seen = charColumns.getStore();
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        seen?.push(index);
      }
    });
    return result;
  };
  target.queryRaw = (query) =>
    charColumns.run([], async () => {
      const result = await queryRaw(query);
      for (const index of charColumns.getStore() ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
      return result;
    });
  if (target.startTransaction) {
    const startTransaction = target.startTransaction.bind(target);
    target.startTransaction = async (...args) => patchAdapter(await startTransaction(...args));
  }
  return adapter;
}

/**
 * The stock shadow-database path of adapter-pg 7.10 ignores a connection string (it would diff
 * against the main database) and drops the shadow database while its pool is still open.
 * This factory creates and drops the shadow database itself.
 */
class AdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  private readonly shadows: string[] = [];
  private readonly adapters: { dispose(): Promise<void> }[] = [];

  constructor(private readonly url: string) {}

  async connect() {
    const adapter = await new PrismaPg(connectionParts(this.url)).connect();
    this.adapters.push(adapter);
    return patchAdapter(adapter);
  }

  async connectToShadowDb() {
    const database = `lmc_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await adminQuery(this.url, `CREATE DATABASE "${database}"`);
    this.shadows.push(database);
    return patchAdapter(await new PrismaPg(connectionParts(withDatabase(this.url, database))).connect());
  }

  async release() {
    for (const adapter of this.adapters.splice(0)) await adapter.dispose();
    for (const database of this.shadows.splice(0)) {
      await adminQuery(this.url, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
  }
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client(connectionParts(url));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export type SchemaEngineSession = { engine: Engine; close(): Promise<void> };

export async function openSchemaEngine(
  url: string,
  schemaPath: string,
  schema: string,
): Promise<SchemaEngineSession> {
  const { SchemaEngine } = await loadWasm();
  const factory = new AdapterFactory(url);
  const log = (line: string) => {
    if (process.env.PRISMA_ENGINE_LOG) console.error(line);
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  return {
    engine,
    async close() {
      engine.free();
      await factory.release();
    },
  };
}
