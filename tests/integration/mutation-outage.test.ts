// A write whose actor cannot be read, because the database went away as the request came in, is
// refused with the forms' translated "unavailable" (lib/mutations/perform.ts), never an error
// page, and changes nothing.
import { afterAll, describe, expect, it } from "vitest";
import { actorOf } from "@/lib/auth/account-actor";
import { loadLiveSession } from "@/lib/auth/sessions";
import { createPrismaClient } from "@/lib/db/create-client";
import { performRaw } from "@/lib/mutations/perform";
import { createProject } from "@/lib/projects/mutations";
import { projectInput } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
// Nothing listens there: what the portal's client meets while PostgreSQL restarts.
const away = createPrismaClient("postgresql://lmc:lmc@127.0.0.1:9/lmc");
afterAll(async () => {
  await db.$disconnect();
  await away.$disconnect();
});

/** Who asks, read as getActor reads it (the session, then its account), from the database away. */
async function callerFromAway() {
  const live = await loadLiveSession(away, "a-session-id");
  return { actor: live ? actorOf(live.user, live.id) : null, ip: "198.51.100.60", requestId: null };
}

describe("a write while the database cannot be reached", () => {
  it("is refused as unavailable when its actor cannot be read, and changes nothing", async () => {
    const projects = await db.project.count();
    const refusals = await db.refusal.count();
    await expect(callerFromAway()).rejects.toThrow(); // the database really is out of reach

    const result = await performRaw(createProject, projectInput("TH"), callerFromAway);
    expect(result).toEqual({ ok: false, error: "unavailable" });
    expect(await db.project.count()).toBe(projects);
    expect(await db.refusal.count()).toBe(refusals);
  });
});
