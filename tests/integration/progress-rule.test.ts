// The progress rule: a project's status and progress follow its latest status update; the project
// form sets them only until the first one (docs and forms say so, the mutation enforces it).
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { updateProject } from "@/lib/projects/mutations";
import { createStatusUpdate } from "@/lib/projects/update-mutations";
import { createActor } from "../support/actors";
import { createTestProject, projectInput, updateInput } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("the progress rule", () => {
  it("lets the project form set status and progress only until the first status update", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "KH" });
    const project = await createTestProject(db, "KH", { status: "approved", progress: 0 });
    const context = { db, actor: officer, ip: null };
    const beforeUpdate = await updateProject.execute(context, {
      ...projectInput("KH", { status: "ongoing", progress: 10 }),
      code: project.code,
      version: project.version,
    });
    expect(beforeUpdate).toMatchObject({ ok: true });
    const report = await createStatusUpdate.execute(
      context,
      updateInput(project.code, { reportedOn: "2024-06-01", progress: 70 }),
    );
    expect(report.ok).toBe(true);
    const followed = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(followed).toMatchObject({ status: "ongoing", progress: 70 });

    const overridden = await updateProject.execute(context, {
      ...projectInput("KH", { status: "ongoing", progress: 90, title: "Renamed" }),
      code: project.code,
      version: followed.version,
    });
    expect(overridden).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { progress: [{ key: "validation.followsLatestUpdate" }] },
    });
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      progress: 70,
      version: followed.version,
    });

    const otherFields = await updateProject.execute(context, {
      ...projectInput("KH", { status: "ongoing", progress: 70, title: "Renamed" }),
      code: project.code,
      version: followed.version,
    });
    expect(otherFields).toMatchObject({ ok: true });
  });
});
