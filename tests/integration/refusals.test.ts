// Refused attempts leave a trace admins can read (issue 10.7), and a flood cannot fill the table.
import { afterAll, describe, expect, it } from "vitest";
import { REFUSALS_KEPT_PER_HOUR } from "@/lib/audit/refusals";
import { createPrismaClient } from "@/lib/db/create-client";
import { createProject } from "@/lib/projects/mutations";
import { createActor } from "../support/actors";
import { projectInput } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("a refused attempt", () => {
  it("is recorded with actor, mutation, target, reason and address, and changes nothing", async () => {
    const thai = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const projectsBefore = await db.project.count();
    const result = await createProject.execute({ db, actor: thai, ip: "198.51.100.40" }, projectInput("VN"));
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.project.count()).toBe(projectsBefore);
    expect(await db.refusal.findMany({ where: { actorId: thai.userId } })).toEqual([
      expect.objectContaining({
        actorEmail: thai.email,
        actorRole: "secretariat",
        actorCountry: "TH",
        mutation: "projects.create",
        target: "country VN",
        reason: "forbidden",
        ip: "198.51.100.40",
      }),
    ]);
  });

  it("without a session is recorded by address", async () => {
    await createProject.execute({ db, actor: null, ip: "198.51.100.41" }, projectInput("VN"));
    expect(await db.refusal.findMany({ where: { ip: "198.51.100.41" } })).toEqual([
      expect.objectContaining({ actorId: null, mutation: "projects.create", reason: "unauthenticated" }),
    ]);
  });

  it("is kept at most REFUSALS_KEPT_PER_HOUR times an hour per account", async () => {
    const flooder = await createActor(db, { role: "secretariat", countryCode: "LA" });
    const attempts = REFUSALS_KEPT_PER_HOUR + 20;
    for (let attempt = 0; attempt < attempts; attempt++) {
      await createProject.execute({ db, actor: flooder, ip: "198.51.100.42" }, projectInput("CN"));
    }
    expect(await db.refusal.count({ where: { actorId: flooder.userId } })).toBe(REFUSALS_KEPT_PER_HOUR);
  });
});
