// Every mutation of the portal × every role × a record of the actor's own country or another's,
// against the real database. The rows come from one registry (lib/mutations/registry.ts): adding a
// mutation without a row here fails the first test.
import { afterAll, describe, expect, it } from "vitest";
import { mutations } from "@/lib/mutations/registry";
import { createActor } from "../support/actors";
import { notificationsRows } from "./permission-matrix/notifications";
import { accountsRows } from "./permission-matrix/accounts";
import { projectsRows } from "./permission-matrix/projects";
import { reportsRows } from "./permission-matrix/reports";
import { contentRows } from "./permission-matrix/content";
import { actorFor, db, WHO } from "./permission-matrix/shared";

afterAll(() => db.$disconnect());

const matrix = { ...notificationsRows, ...accountsRows, ...projectsRows, ...reportsRows, ...contentRows };

describe("permission matrix", () => {
  it("has a row for every mutation in the registry, and no row for a mutation that does not exist", () => {
    expect(Object.keys(matrix).sort()).toEqual(mutations.map((mutation) => mutation.name).sort());
  });

  const cases = mutations.flatMap((mutation) =>
    WHO.flatMap((who) =>
      (["own", "other"] as const).map((relation) => ({ name: mutation.name, who, relation })),
    ),
  );

  it.each(cases)("$name by $who on a record of the $relation country", async ({ name, who, relation }) => {
    const mutation = mutations.find((entry) => entry.name === name)!;
    const row = matrix[name]!;
    const actor = await actorFor(who);
    const input = await row.input(actor, relation);
    const auditBefore = await db.auditEvent.count();
    const result = await mutation.execute({ db, actor, ip: "203.0.113.7" }, input);
    if (row.allowed[relation].includes(who)) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await db.auditEvent.count()).toBeGreaterThan(auditBefore);
    } else {
      expect(result.ok).toBe(false);
      expect(["forbidden", "unauthenticated"]).toContain(!result.ok && result.error);
      expect(await db.auditEvent.count()).toBe(auditBefore);
    }
  });

  it("lets an admin without a second factor do nothing but set one up", async () => {
    const actor = await createActor(db, { role: "admin", totp: false });
    const create = mutations.find((mutation) => mutation.name === "users.create")!;
    const denied = await create.execute(
      { db, actor, ip: null },
      await matrix["users.create"]!.input(actor, "own"),
    );
    expect(denied).toMatchObject({ ok: false, error: "forbidden" });
    const enable = mutations.find((mutation) => mutation.name === "account.enableTwoFactor")!;
    expect(
      await enable.execute(
        { db, actor, ip: null },
        await matrix["account.enableTwoFactor"]!.input(actor, "own"),
      ),
    ).toMatchObject({ ok: true });
  });
});
