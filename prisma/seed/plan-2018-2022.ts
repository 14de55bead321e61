// The 2018–2022 Plan of Action: the Chinese source text verbatim, in its numbered structure, with
// the portal's translations (prisma/seed/data/plan-2018-2022/<locale>.json, all marked draft).
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { Prisma } from "../../generated/prisma/client";
import type { Locale } from "../../generated/prisma/enums";
import { citationId, parentNumber } from "../../lib/plan/numbering";
import { pillarSections, plan2018Phases, plan2018Summary, priorityAreas } from "./data/cooperation";
import { parsePlanSource, type SourcePlan } from "./plan-source";
import { TextBatch, type LocalizedValues } from "./texts";

const DATA_DIR = new URL("./data/", import.meta.url);
const TRANSLATIONS_DIR = new URL("./data/plan-2018-2022/", import.meta.url);
/** Our copy of the source text breaks off inside this sub-section. */
const SOURCE_ENDS_IN = "4.2.7";

export type PlanTranslation = {
  title: string;
  sections: Record<string, string>;
  paragraphs: Record<string, string>;
};

export function readPlanSource(): SourcePlan {
  return parsePlanSource(readFileSync(new URL("plan-2018-2022.zh.md", DATA_DIR), "utf8"));
}

export function readPlanTranslations(): Map<Locale, PlanTranslation> {
  const files = readdirSync(TRANSLATIONS_DIR).filter((file) => file.endsWith(".json"));
  return new Map(
    files.map((file) => [
      file.replace(/\.json$/, "") as Locale,
      JSON.parse(readFileSync(new URL(file, TRANSLATIONS_DIR), "utf8")) as PlanTranslation,
    ]),
  );
}

export async function seedPlan20182022(db: Prisma.TransactionClient): Promise<void> {
  const source = readPlanSource();
  const translations = readPlanTranslations();
  const texts = new TextBatch();
  const localized = (zh: string, pick: (translation: PlanTranslation) => string | undefined) => {
    const values: LocalizedValues = { zh };
    for (const [locale, translation] of translations) values[locale] = pick(translation) ?? "";
    return texts.add({ source: "zh", values });
  };

  const [adoptedAt, pillars, areas] = await Promise.all([
    db.meeting.findUniqueOrThrow({ where: { type_number: { type: "LM", number: 2 } } }),
    db.pillar.findMany({ select: { id: true, slug: true } }),
    db.priorityArea.findMany({ select: { id: true, slug: true } }),
  ]);
  const pillarId = new Map(pillars.map((pillar) => [pillar.slug, pillar.id]));
  const areaOfSection = new Map(
    priorityAreas.flatMap((area) =>
      area.sections.map((number) => [number, areas.find((row) => row.slug === area.slug)!.id] as const),
    ),
  );

  const planId = randomUUID();
  const plan = {
    id: planId,
    slug: "2018-2022",
    startYear: 2018,
    endYear: 2022,
    status: "ended" as const,
    adoptedOn: new Date("2018-01-10T00:00:00Z"),
    adoptedAtId: adoptedAt.id,
    titleId: localized(source.title, (translation) => translation.title),
    summaryId: texts.add(plan2018Summary),
  };
  const phases = plan2018Phases.map((phase, index) => ({
    planId,
    position: index + 1,
    startYear: phase.startYear,
    endYear: phase.endYear,
    nameId: texts.add(phase.name),
    descriptionId: texts.add(phase.description),
  }));

  const sectionIds = new Map<string, string>();
  const siblingCount = new Map<string | null, number>();
  const sections: Prisma.SectionCreateManyInput[] = [];
  const paragraphs: Prisma.ParagraphCreateManyInput[] = [];
  for (const section of source.sections) {
    const id = randomUUID();
    const parent = parentNumber(section.number);
    const position = (siblingCount.get(parent) ?? 0) + 1;
    siblingCount.set(parent, position);
    sectionIds.set(section.number, id);
    const pillar = pillarSections[section.number];
    sections.push({
      id,
      planId,
      parentId: parent ? sectionIds.get(parent)! : null,
      level: section.level,
      number: section.number,
      position,
      textEndsHere: section.number === SOURCE_ENDS_IN,
      titleId: localized(section.title, (translation) => translation.sections[section.number]),
      pillarId: pillar ? pillarId.get(pillar)! : null,
      priorityAreaId: areaOfSection.get(section.number) ?? null,
    });
    section.paragraphs.forEach((text, index) => {
      const citation = citationId(section.number, index + 1);
      paragraphs.push({
        planId,
        sectionId: id,
        citation,
        position: index + 1,
        bodyId: localized(text, (translation) => translation.paragraphs[citation]),
      });
    });
  }

  await texts.insert(db);
  await db.plan.create({ data: plan });
  await db.planPhase.createMany({ data: phases });
  await db.section.createMany({ data: sections });
  await db.paragraph.createMany({ data: paragraphs });
}
