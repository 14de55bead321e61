import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createUser, disableUser, updateUser } from "@/lib/users/mutations";
import { createActor, createTestUser } from "../support/actors";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** A connection as the portal's role, or (`owner`) as the owner of the tables. */
async function withClient<T>(work: (client: pg.Client) => Promise<T>, owner = false): Promise<T> {
  const client = new pg.Client({
    connectionString: owner ? process.env.DATABASE_OWNER_URL : process.env.DATABASE_URL,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe("the audit trail", () => {
  it("records who changed what, from where, with before and after", async () => {
    const admin = await createActor(db, { role: "admin" });
    const target = await createTestUser(db, { role: "secretariat", countryCode: "TH" });
    const result = await updateUser.execute(
      { db, actor: admin, ip: "198.51.100.23" },
      {
        id: target.id,
        version: target.version,
        name: target.name,
        role: "secretariat",
        countryCode: "VN",
        locale: "vi",
      },
    );
    expect(result.ok).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "User", entityId: target.id, action: "users.update" },
    });
    expect(event).toMatchObject({
      actorId: admin.userId,
      actorEmail: admin.email,
      actorRole: "admin",
      actorCountry: null,
      ip: "198.51.100.23",
    });
    expect(event.changes).toEqual({
      countryCode: { before: "TH", after: "VN" },
      locale: { before: "en", after: "vi" },
    });
    expect(Date.now() - event.occurredAt.getTime()).toBeLessThan(60_000);
  });

  it("refuses UPDATE, DELETE and TRUNCATE at the database level", async () => {
    const { id } = await db.auditEvent.findFirstOrThrow({ select: { id: true } });
    await withClient(async (client) => {
      await expect(
        client.query(`UPDATE "AuditEvent" SET action = 'forged' WHERE id = $1`, [id]),
      ).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditEvent" WHERE id = $1`, [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    }, true);
    expect(await db.auditEvent.findUnique({ where: { id } })).not.toBeNull();
  });

  // On an external server given without an owner's URL, one role does both (README, Database roles).
  it.skipIf(process.env.DATABASE_URL === process.env.DATABASE_OWNER_URL)(
    "cannot be switched off by the role the portal connects as",
    async () => {
      const { id } = await db.auditEvent.findFirstOrThrow({ select: { id: true } });
      await withClient(async (client) => {
        const attempts = [
          `SET session_replication_role = replica`,
          `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`,
          `DROP TRIGGER "AuditEvent_no_update_or_delete" ON "AuditEvent"`,
          `TRUNCATE "AuditEvent"`,
          `UPDATE "AuditEvent" SET action = 'forged' WHERE id = ${id}`,
          `DELETE FROM "AuditEvent" WHERE id = ${id}`,
          `ALTER TABLE "ReportEdition" DISABLE TRIGGER "ReportEdition_frozen"`,
          `CREATE TABLE "Intruder" (id int)`,
        ];
        for (const sql of attempts) {
          await expect(client.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
        }
        const { rows } = await client.query(
          `SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`,
        );
        expect(rows[0]).toEqual({
          rolsuper: false,
          rolcreaterole: false,
          rolcreatedb: false,
          rolbypassrls: false,
        });
      });
      expect(await db.auditEvent.findUnique({ where: { id } })).toMatchObject({ id });
    },
  );

  it("keeps neither the change nor an audit row when a mutation fails half-way", async () => {
    const admin = await createActor(db, { role: "admin" });
    const before = await db.user.findUniqueOrThrow({ where: { id: admin.userId } });
    // This admin's events only: other test files write audit events at the same time.
    const mine = { where: { actorId: admin.userId } };
    const auditBefore = await db.auditEvent.count(mine);
    // The role is written, then refused (an admin may not change their own role): all rolls back.
    const result = await updateUser.execute(
      { db, actor: admin, ip: null },
      {
        id: admin.userId,
        version: before.version,
        name: "Changed",
        role: "viewer",
        countryCode: null,
        locale: "th",
      },
    );
    expect(result).toMatchObject({ ok: false, error: "notAllowedOnSelf" });
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).toMatchObject({
      role: "admin",
      name: before.name,
      version: before.version,
    });
    expect(await db.auditEvent.count(mine)).toBe(auditBefore);
  });

  it("refuses a stale version with the current values instead of overwriting", async () => {
    const admin = await createActor(db, { role: "admin" });
    const target = await createTestUser(db, { role: "viewer" });
    const first = await updateUser.execute(
      { db, actor: admin, ip: null },
      { id: target.id, version: 1, name: "First editor", role: "viewer", countryCode: null, locale: "en" },
    );
    expect(first.ok).toBe(true);
    const mine = { where: { actorId: admin.userId } };
    const auditBefore = await db.auditEvent.count(mine);
    const second = await disableUser.execute({ db, actor: admin, ip: null }, { id: target.id, version: 1 });
    expect(second).toMatchObject({
      ok: false,
      error: "conflict",
      current: { name: "First editor", version: 2 },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
    expect(await db.auditEvent.count(mine)).toBe(auditBefore);
  });

  it("never records secrets, and bad input changes nothing", async () => {
    const admin = await createActor(db, { role: "admin" });
    // This admin's events only: other test files write audit events at the same time.
    const mine = { where: { actorId: admin.userId } };
    const auditBefore = await db.auditEvent.count(mine);
    for (const input of [
      {},
      { email: "x" },
      { email: "a@b.org", name: "<script>alert(1)</script>", role: "root", locale: "en" },
      "not an object",
      null,
    ]) {
      expect((await createUser.execute({ db, actor: admin, ip: null }, input)).ok).toBe(false);
    }
    expect(await db.auditEvent.count(mine)).toBe(auditBefore);
    const created = await createUser.execute(
      { db, actor: admin, ip: null },
      {
        email: "new.viewer@test.lmc.invalid",
        name: "<b>Viewer</b>",
        role: "viewer",
        countryCode: "",
        locale: "en",
      },
    );
    expect(created.ok).toBe(true);
    const events = await db.auditEvent.findMany({ where: { entityId: created.ok ? created.data.id : "" } });
    expect(JSON.stringify(events.map((event) => event.changes))).not.toMatch(
      /passwordHash|totpSecret|token|\$argon2/,
    );
    const creation = events.find((event) => event.action === "users.create");
    expect(creation!.changes).toMatchObject({ name: { before: null, after: "<b>Viewer</b>" } });
  });
});
