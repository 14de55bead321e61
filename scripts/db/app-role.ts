// The two database roles (docs/decisions/0018): the owner, which runs the migrations and the seed
// and owns every table, and the role the portal connects as, which may read and write rows but
// owns nothing. Not owning the tables, the portal cannot disable a trigger (the append-only audit
// trail, frozen report editions), alter or truncate a table, and, not being a superuser, cannot
// switch triggers off with `session_replication_role`.
import pg from "pg";
import { JOB_SCHEMA } from "../../lib/jobs/schema";
import { connectionParts } from "./connection";

/** The portal's role on the embedded clusters. */
export const APP_ROLE = "lmc_app";
/** Embedded clusters listen on localhost only; their passwords are no secret (as the owner's). */
const EMBEDDED_APP_PASSWORD = "lmc-app-local-only";

async function asOwner<T>(ownerUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(connectionParts(ownerUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Grants `role` what the portal needs on the owner's database, and nothing more: rows of every
 * table, but the audit trail only read and appended, refusals never rewritten, the migration
 * history only read; no TRUNCATE, no DDL. Run after every migration (new tables are granted then).
 */
export async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  const { database } = connectionParts(ownerUrl);
  const name = quoted(role);
  await asOwner(ownerUrl, async (client) => {
    await client.query(`GRANT CONNECT ON DATABASE ${quoted(database)} TO ${name}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${name}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${name}`);
    await client.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${name}`);
    await client.query(`REVOKE UPDATE, DELETE ON "AuditEvent" FROM ${name}`);
    await client.query(`REVOKE UPDATE ON "Refusal" FROM ${name}`);
    await client.query(`REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${name}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${name}`);
    // The job queue (pg-boss, ADR 29) keeps its tables in a schema of its own, which it creates,
    // migrates and partitions itself: the portal's role owns that schema and nothing else.
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${JOB_SCHEMA} AUTHORIZATION ${name}`);
  });
}

/**
 * On an embedded cluster: creates the portal's role when missing (no superuser, no CREATEDB or
 * CREATEROLE, no BYPASSRLS), grants it the owner's database, and returns the URL to connect as it.
 */
export async function embeddedAppRole(ownerUrl: string): Promise<string> {
  await asOwner(ownerUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    const password = `'${EMBEDDED_APP_PASSWORD}'`;
    await client.query(
      rowCount
        ? `ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${password}`
        : `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${password}`,
    );
  });
  await grantAppRole(ownerUrl, APP_ROLE);
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = EMBEDDED_APP_PASSWORD;
  return url.toString();
}
