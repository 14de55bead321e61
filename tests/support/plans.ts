// A small plan of its own for a test (a chapter, a section, paragraphs), so the test's numbers do
// not depend on the seeded plan or on what other tests added to it.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/create-client";

export type FixturePlan = {
  planId: string;
  slug: string;
  chapterId: string;
  sectionId: string;
  paragraphIds: string[];
  startYear: number;
  endYear: number;
};

async function text(db: Db, value: string) {
  return (
    await db.text.create({
      data: { sourceLocale: "en", translations: { create: { locale: "en", value, status: "source" } } },
    })
  ).id;
}

export async function createFixturePlan(
  db: Db,
  { paragraphs = 2, startYear = 2090 } = {},
): Promise<FixturePlan> {
  const slug = `fixture-${randomUUID().slice(0, 8)}`;
  const endYear = startYear + 4;
  const plan = await db.plan.create({
    data: {
      slug,
      startYear,
      endYear,
      status: "draft",
      titleId: await text(db, "Fixture plan"),
      summaryId: await text(db, "For tests"),
    },
  });
  const chapterId = (
    await db.section.create({
      data: {
        planId: plan.id,
        level: "chapter",
        number: "1",
        position: 1,
        titleId: await text(db, "Chapter"),
      },
    })
  ).id;
  const sectionId = (
    await db.section.create({
      data: {
        planId: plan.id,
        parentId: chapterId,
        level: "section",
        number: "1.1",
        position: 1,
        titleId: await text(db, "Section"),
      },
    })
  ).id;
  const paragraphIds: string[] = [];
  for (let position = 1; position <= paragraphs; position++) {
    const paragraph = await db.paragraph.create({
      data: {
        planId: plan.id,
        sectionId,
        citation: `1.1-${position}`,
        position,
        bodyId: await text(db, `Paragraph ${position}`),
      },
    });
    paragraphIds.push(paragraph.id);
  }
  return { planId: plan.id, slug, chapterId, sectionId, paragraphIds, startYear, endYear };
}

/** Links a project to a paragraph directly (the project form only offers the plan in force). */
export async function linkProject(db: Db, projectCode: string, paragraphId: string): Promise<void> {
  const project = await db.project.findUniqueOrThrow({ where: { code: projectCode }, select: { id: true } });
  await db.projectParagraph.create({ data: { projectId: project.id, paragraphId } });
}
