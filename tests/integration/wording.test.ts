// Every wording goes through one path (issue 10.1): a record's form cannot write a language its
// writer may not translate, and a translation written from a form is versioned, attributed,
// unreviewed and audited like one written at the translation desk.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { updateProject } from "@/lib/projects/mutations";
import { saveTranslation } from "@/lib/translations/mutations";
import { createActor } from "../support/actors";
import { createTestProject, projectInput } from "../support/projects";
import { translationOf } from "../support/translations";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function thaiProjectWithReviewedVietnameseTitle() {
  const project = await createTestProject(db, "TH", { locale: "th", title: "ระบบเตือนภัยน้ำท่วม" });
  const reviewer = await createActor(db, { role: "secretariat", countryCode: "VN" });
  const saved = await saveTranslation.execute(
    { db, actor: reviewer, ip: null },
    { textId: project.titleId, locale: "vi", value: "Hệ thống cảnh báo lũ", version: null, review: true },
  );
  expect(saved).toMatchObject({ ok: true, data: { status: "reviewed", version: 1 } });
  return { project, reviewer };
}

describe("a wording written from a record's form", () => {
  it("in a language its writer may not translate is refused, and the translation stays as reviewed", async () => {
    const { project } = await thaiProjectWithReviewedVietnameseTitle();
    const thai = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const result = await updateProject.execute(
      { db, actor: thai, ip: null },
      {
        ...projectInput("TH", { locale: "vi", title: "Tiêu đề do người khác viết" }),
        code: project.code,
        version: project.version,
      },
    );
    expect(result).toMatchObject({ ok: false, error: "forbidden" });
    expect(await translationOf(db, project.titleId, "vi")).toMatchObject({
      value: "Hệ thống cảnh báo lũ",
      status: "reviewed",
      version: 1,
    });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).version).toBe(project.version);
  });

  it("by someone who may is versioned, attributed, unreviewed and audited with its locale", async () => {
    const { project, reviewer } = await thaiProjectWithReviewedVietnameseTitle();
    const admin = await createActor(db, { role: "admin" });
    const result = await updateProject.execute(
      { db, actor: admin, ip: null },
      {
        ...projectInput("TH", { locale: "vi", title: "Hệ thống cảnh báo lũ sớm" }),
        code: project.code,
        version: project.version,
      },
    );
    expect(result).toMatchObject({ ok: true });
    expect(await translationOf(db, project.titleId, "vi")).toMatchObject({
      value: "Hệ thống cảnh báo lũ sớm",
      status: "draft",
      version: 2,
      updatedById: admin.userId,
      reviewedById: null,
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "TextTranslation", entityId: `${project.titleId}/vi`, actorId: admin.userId },
    });
    expect(audit.changes).toMatchObject({ locale: { after: "vi" } });

    // The reviewer's next save from the version they saw is a conflict, not a silent overwrite.
    const stale = await saveTranslation.execute(
      { db, actor: reviewer, ip: null },
      { textId: project.titleId, locale: "vi", value: "Hệ thống cảnh báo", version: 1, review: false },
    );
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    expect((await translationOf(db, project.titleId, "vi"))?.value).toBe("Hệ thống cảnh báo lũ sớm");
  });
});
