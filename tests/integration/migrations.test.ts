import { readdirSync } from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { pendingSchemaChanges } from "../../scripts/db/migrations";

describe("migrations", () => {
  it("are recorded in _prisma_migrations as prisma migrate deploy records them", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT migration_name, finished_at IS NOT NULL AS finished, rolled_back_at IS NULL AS active, length(checksum) AS checksum_length
         FROM _prisma_migrations ORDER BY migration_name`,
      );
      const folders = readdirSync("prisma/migrations", { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
      for (const row of rows)
        expect(row).toMatchObject({ finished: true, active: true, checksum_length: 64 });
    } finally {
      await client.end();
    }
  });

  it("agree with prisma/schema.prisma", async () => {
    expect(await pendingSchemaChanges(process.env.DATABASE_OWNER_URL!)).toBe("");
  });
});
