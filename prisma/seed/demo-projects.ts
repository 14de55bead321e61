// About 120 demonstration projects across the six countries and the plan's five years, with a few
// status updates each, so that every screen has something to show. Deterministic (seeded PRNG) and
// labelled `isDemo`, which the portal shows on every demo project.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import type { Locale, ProjectStatus } from "../../generated/prisma/enums";
import { demoAgencies, demoIssues, demoMilestones, demoNarratives, demoProvinces } from "./data/demo-details";
import { projectTemplates } from "./data/demo-projects";
import { reindexProjects } from "../../lib/projects/search-text";
import { TextBatch } from "./texts";

const COUNTRIES = [
  { code: "KH", locale: "km", currency: "KHR", rate: 4100 },
  { code: "CN", locale: "zh", currency: "CNY", rate: 7 },
  { code: "LA", locale: "lo", currency: "LAK", rate: 20000 },
  { code: "MM", locale: "my", currency: "MMK", rate: 2100 },
  { code: "TH", locale: "th", currency: "THB", rate: 35 },
  { code: "VN", locale: "vi", currency: "VND", rate: 24000 },
] as const;

export const DEMO_PROJECT_COUNT = 120;

/** mulberry32: a small deterministic generator, so every seeded database holds the same demo. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function statusFor(year: number, roll: number): ProjectStatus {
  if (roll < 0.04) return "cancelled";
  if (roll < 0.09) return "suspended";
  const age = 2022 - year;
  if (roll < 0.2 + age * 0.17) return "completed";
  if (year >= 2022 && roll > 0.9) return "proposed";
  return roll > 0.85 ? "approved" : "ongoing";
}

function progressFor(status: ProjectStatus, roll: number): number {
  switch (status) {
    case "completed":
      return 100;
    case "ongoing":
      return 20 + Math.round(roll * 70);
    case "approved":
      return Math.round(roll * 10);
    case "suspended":
      return 30 + Math.round(roll * 30);
    case "cancelled":
      return Math.round(roll * 20);
    case "proposed":
      return 0;
  }
}

const day = (year: number, month: number, date = 1) => new Date(Date.UTC(year, month - 1, date));

export async function seedDemoProjects(db: Prisma.TransactionClient): Promise<void> {
  const next = random(20_180_110);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const [pillars, areas, paragraphs, authors] = await Promise.all([
    db.pillar.findMany({ select: { id: true, slug: true } }),
    db.priorityArea.findMany({ select: { id: true, slug: true } }),
    db.paragraph.findMany({ select: { id: true, citation: true } }),
    db.user.findMany({ where: { role: "secretariat" }, select: { id: true, countryCode: true } }),
  ]);
  const id = <T extends { id: string }>(rows: T[], match: (row: T) => boolean) => rows.find(match)!.id;

  const texts = new TextBatch();
  const projects: Prisma.ProjectCreateManyInput[] = [];
  const links = {
    areas: [] as Prisma.ProjectAreaCreateManyInput[],
    paragraphs: [] as Prisma.ProjectParagraphCreateManyInput[],
    countries: [] as Prisma.ProjectCountryCreateManyInput[],
  };
  const funding: Prisma.FundingLineCreateManyInput[] = [];
  const locations: Prisma.ProjectLocationCreateManyInput[] = [];
  const updates: Prisma.StatusUpdateCreateManyInput[] = [];
  const sequence = new Map<string, number>();

  for (let index = 0; index < DEMO_PROJECT_COUNT; index++) {
    const lead = COUNTRIES[index % COUNTRIES.length]!;
    const template = projectTemplates[(index * 7 + Math.floor(index / 6)) % projectTemplates.length]!;
    const year = 2018 + ((index + Math.floor(index / 6)) % 5);
    const prefix = `LMC-${year}-${lead.code}-`;
    sequence.set(prefix, (sequence.get(prefix) ?? 0) + 1);
    const status = statusFor(year, next());
    const progress = progressFor(status, next());
    const projectId = randomUUID();
    const partners = COUNTRIES.filter((country) => country.code !== lead.code && next() < 0.25).slice(0, 2);
    const startMonth = 1 + Math.floor(next() * 9);
    const years = 1 + Math.floor(next() * 3);
    const started = status !== "proposed" && status !== "approved";
    const usd = Math.round((150 + next() * 1350) * 1000);

    projects.push({
      id: projectId,
      code: `${prefix}${String(sequence.get(prefix)).padStart(3, "0")}`,
      titleId: texts.add({
        source: lead.locale as Locale,
        values: { [lead.locale]: template.titles[lead.locale], en: template.titles.en },
      }),
      summaryId: texts.add({ source: "en", values: { en: template.summary } }),
      pillarId: id(pillars, (pillar) => pillar.slug === template.pillar),
      leadCountryCode: lead.code,
      implementingAgencies: demoAgencies[lead.code]!,
      approvalYear: year,
      batch: year - 2016,
      plannedStart: day(year, startMonth),
      plannedEnd: day(year + years, startMonth),
      actualStart: started ? day(year, Math.min(12, startMonth + 1)) : null,
      actualEnd:
        status === "completed" ? day(Math.min(2022, year + years), Math.min(12, startMonth + 2)) : null,
      status,
      progress,
      sdgTargets: template.sdg,
      contactName: "Demo project officer",
      contactEmail: `projects.${lead.code.toLowerCase()}@demo.lmc.invalid`,
      published: next() < 0.85,
      isDemo: true,
    });
    for (const slug of template.areas)
      links.areas.push({ projectId, priorityAreaId: id(areas, (area) => area.slug === slug) });
    for (const citation of template.paragraphs)
      links.paragraphs.push({
        projectId,
        paragraphId: id(paragraphs, (paragraph) => paragraph.citation === citation),
      });
    for (const country of [lead, ...partners]) links.countries.push({ projectId, countryCode: country.code });
    funding.push({
      projectId,
      position: 0,
      source: "lmc_special_fund",
      currency: "USD",
      amount: usd,
      disbursed: Math.round((usd * progress) / 100),
    });
    if (next() < 0.4) {
      const local = Math.round(usd * 0.3 * lead.rate);
      funding.push({
        projectId,
        position: 1,
        source: "national_budget",
        currency: lead.currency,
        amount: local,
        disbursed: Math.round((local * progress) / 100),
      });
    }
    demoProvinces[lead.code]!.slice(0, next() < 0.5 ? 1 : 2).forEach((place, position) =>
      locations.push({ projectId, position, countryCode: lead.code, ...place }),
    );

    if (status === "proposed") continue;
    const stages: [keyof typeof demoNarratives, ProjectStatus, number][] = [
      ["early", "ongoing", Math.min(progress, 10)],
    ];
    if (progress > 30) stages.push(["middle", "ongoing", Math.round(progress * 0.6)]);
    if (progress > 70 && status !== "completed") stages.push(["late", "ongoing", progress]);
    if (status === "completed") stages.push(["done", "completed", 100]);
    if (status === "suspended") stages.push(["suspended", "suspended", progress]);
    const last = stages.length - 1;
    stages.forEach(([narrative, stageStatus, stageProgress], position) => {
      const reportYear = Math.min(2022, year + position);
      updates.push({
        projectId,
        reportedOn: day(reportYear, Math.min(12, startMonth + 2 + position * 3), 15),
        periodYear: reportYear,
        status: position === last && status !== "completed" && status !== "suspended" ? status : stageStatus,
        progress: position === last ? progress : stageProgress,
        narrativeId: texts.add({ source: "en", values: { en: demoNarratives[narrative] } }),
        milestonesId: texts.add({
          source: "en",
          values: { en: demoMilestones[Math.min(position, demoMilestones.length - 1)]! },
        }),
        issuesId: next() < 0.3 ? texts.add({ source: "en", values: { en: pick(demoIssues) } }) : null,
        evidenceLinks: [],
        authorId: authors.find((author) => author.countryCode === lead.code)?.id ?? null,
      });
    });
  }

  await texts.insert(db);
  await db.project.createMany({ data: projects });
  await db.projectArea.createMany({ data: links.areas });
  await db.projectParagraph.createMany({ data: links.paragraphs });
  await db.projectCountry.createMany({ data: links.countries });
  await db.fundingLine.createMany({ data: funding });
  await db.projectLocation.createMany({ data: locations });
  await db.statusUpdate.createMany({ data: updates });
  await reindexProjects(
    db,
    projects.map((project) => project.id!),
  );
}
