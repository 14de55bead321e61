// The plan editor against the real database: numbers and citation ids stay stable through edits,
// reorders and retirements, and are never handed out twice.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createPlan, setPlanInForce } from "@/lib/plan/mutations";
import { addParagraph, addSection, editSource, moveItem, retireItem } from "@/lib/plan/outline-mutations";
import { createActor } from "../support/actors";
import { createFixturePlan } from "../support/plans";
import { run } from "../support/reports";
import { translationOf } from "../support/translations";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const paragraphsOf = (sectionId: string) =>
  db.paragraph.findMany({
    where: { sectionId },
    orderBy: { position: "asc" },
    select: { id: true, citation: true, position: true, retiredAt: true, version: true },
  });

describe("plan editor", () => {
  it("gives a new paragraph the next citation id of its section and inserts it where asked", async () => {
    const plan = await createFixturePlan(db, { paragraphs: 3 });
    const added = await run(db, addParagraph, {
      sectionId: plan.sectionId,
      afterId: plan.paragraphIds[0],
      body: "Inserted after the first",
    });
    expect(added.citation).toBe("1.1-4");
    const rows = await paragraphsOf(plan.sectionId);
    expect(rows.map((row) => row.citation)).toEqual(["1.1-1", "1.1-4", "1.1-2", "1.1-3"]);
    expect(rows.map((row) => row.position)).toEqual([1, 2, 3, 4]);
  });

  it("keeps every citation id through reorders and never reuses a retired one", async () => {
    const plan = await createFixturePlan(db, { paragraphs: 3 });
    const [first, second, third] = await paragraphsOf(plan.sectionId);
    await run(db, moveItem, { kind: "paragraph", id: third!.id, version: third!.version, direction: "up" });
    await run(db, moveItem, {
      kind: "paragraph",
      id: third!.id,
      version: third!.version + 1,
      direction: "up",
    });
    expect((await paragraphsOf(plan.sectionId)).map((row) => row.citation)).toEqual([
      "1.1-3",
      "1.1-1",
      "1.1-2",
    ]);

    await run(db, retireItem, {
      kind: "paragraph",
      id: third!.id,
      version: third!.version + 2,
      retired: true,
    });
    const added = await run(db, addParagraph, {
      sectionId: plan.sectionId,
      afterId: null,
      body: "Added after a retirement",
    });
    expect(added.citation).toBe("1.1-4");
    const rows = await paragraphsOf(plan.sectionId);
    expect(rows.map((row) => row.citation)).toEqual(["1.1-3", "1.1-1", "1.1-2", "1.1-4"]);
    expect(rows.find((row) => row.id === third!.id)?.retiredAt).not.toBeNull();
    expect(rows.map((row) => row.id).slice(0, 3)).toEqual([third!.id, first!.id, second!.id]);
  });

  it("refuses to move the first item up, and a move from a stale version", async () => {
    const plan = await createFixturePlan(db, { paragraphs: 2 });
    const [first, second] = await paragraphsOf(plan.sectionId);
    const atTop = await moveItem.execute(
      { db, actor: null, ip: null, system: "tests" },
      { kind: "paragraph", id: first!.id, version: first!.version, direction: "up" },
    );
    expect(atTop).toMatchObject({ ok: false, error: "wrongState" });
    await run(db, moveItem, { kind: "paragraph", id: second!.id, version: second!.version, direction: "up" });
    const stale = await moveItem.execute(
      { db, actor: null, ip: null, system: "tests" },
      { kind: "paragraph", id: second!.id, version: second!.version, direction: "down" },
    );
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
  });

  it("numbers new sections after the highest number ever given under their parent", async () => {
    const plan = await createFixturePlan(db);
    const section = await run(db, addSection, {
      plan: plan.slug,
      parentId: plan.chapterId,
      title: "A second section",
    });
    expect(section.number).toBe("1.2");
    const sub = await run(db, addSection, { plan: plan.slug, parentId: section.id, title: "A sub-section" });
    expect(sub.number).toBe("1.2.1");
    await run(db, retireItem, { kind: "section", id: section.id, version: 1, retired: true });
    expect(
      (await run(db, addSection, { plan: plan.slug, parentId: plan.chapterId, title: "A third" })).number,
    ).toBe("1.3");
    expect(
      (await run(db, addSection, { plan: plan.slug, parentId: null, title: "Chapter two" })).number,
    ).toBe("2");
    const tooDeep = await addSection.execute(
      { db, actor: null, ip: null, system: "tests" },
      { plan: plan.slug, parentId: sub.id, title: "Too deep" },
    );
    expect(tooDeep).toMatchObject({ ok: false, error: "invalid" });
  });

  it("marks translations stale when the source changes, keeping the old source for the diff", async () => {
    const plan = await createFixturePlan(db, { paragraphs: 1 });
    const paragraph = await db.paragraph.findUniqueOrThrow({ where: { id: plan.paragraphIds[0] } });
    await db.textTranslation.createMany({
      data: [
        { textId: paragraph.bodyId, locale: "th", value: "ย่อหน้า 1", status: "reviewed" },
        { textId: paragraph.bodyId, locale: "vi", value: "Đoạn 1", status: "draft" },
      ],
    });
    const admin = await createActor(db, { role: "admin" });
    const result = await editSource.execute(
      { db, actor: admin, ip: null },
      { kind: "paragraph", id: paragraph.id, version: paragraph.version, value: "Paragraph 1, reworded" },
    );
    expect(result).toMatchObject({ ok: true });
    expect(await translationOf(db, paragraph.bodyId, "th")).toMatchObject({
      status: "stale",
      sourceValue: "Paragraph 1",
      value: "ย่อหน้า 1",
    });
    expect(await translationOf(db, paragraph.bodyId, "vi")).toMatchObject({ status: "stale" });
    expect(await translationOf(db, paragraph.bodyId, "en")).toMatchObject({
      status: "source",
      value: "Paragraph 1, reworded",
    });
    const audit = await db.auditEvent.findFirst({
      where: { action: "plan.editSource", entityId: paragraph.id },
    });
    expect(audit?.changes).toMatchObject({
      en: { before: "Paragraph 1", after: "Paragraph 1, reworded" },
      staleTranslations: { after: ["th", "vi"] },
    });
  });

  it("creates a plan as a draft and puts one plan in force at a time", async () => {
    const slug = `plan-${Date.now()}`;
    await run(db, createPlan, {
      slug,
      startYear: 2095,
      endYear: 2099,
      sourceLocale: "zh",
      title: "测试计划",
      summary: "测试",
    });
    const other = `plan-${Date.now()}-b`;
    await run(db, createPlan, {
      slug: other,
      startYear: 2095,
      endYear: 2099,
      sourceLocale: "zh",
      title: "测试计划二",
      summary: "测试",
    });
    await run(db, setPlanInForce, { slug });
    await run(db, setPlanInForce, { slug: other });
    const plans = await db.plan.findMany({
      where: { slug: { in: [slug, other] } },
      select: { slug: true, status: true },
    });
    expect(Object.fromEntries(plans.map((plan) => [plan.slug, plan.status]))).toEqual({
      [slug]: "ended",
      [other]: "in_force",
    });
    await db.plan.update({ where: { slug: other }, data: { status: "draft" } });
  });
});
