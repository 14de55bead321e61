// The dashboard reads summaries (ProjectFact) that triggers keep in the transaction of every change
// (docs/decisions/0024). Property: after any sequence of changes to projects and the rows that
// belong to them, the figures and the yearly trend read from the summaries equal those computed
// from the raw rows, as the dashboard computed them before it had summaries.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { figures, liveSource } from "@/lib/dashboard/figures";
import type { DashboardFilter } from "@/lib/dashboard/filters";
import { statusTrend } from "@/lib/dashboard/trend";
import { createPrismaClient } from "@/lib/db/create-client";
import { PROJECT_STATUSES } from "@/lib/projects/status";
import { visibleProjectsSql, type Audience } from "@/lib/projects/visibility";
import { createFixturePlan, linkProject, type FixturePlan } from "../support/plans";
import { createTestProject } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const COUNTRIES = ["KH", "CN", "LA", "MM", "TH", "VN"];
const AREAS = ["water-resources", "connectivity", "health", "customs"];
const STATUSES = PROJECT_STATUSES;
const THIS_YEAR = 2021;

let plan: FixturePlan;
let projects: { id: string; code: string }[] = [];

/** The figures' source as computed from the raw rows (the dashboard's query before summaries). */
function rawSource(planId: string, visible: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH in_plan AS (
      SELECT DISTINCT pp."projectId" FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId"
        WHERE pa."planId" = ${planId}::uuid
    ),
    countries AS (SELECT "projectId", array_agg("countryCode"::text) AS list FROM "ProjectCountry" GROUP BY "projectId"),
    areas AS (SELECT pa."projectId", array_agg(a.slug) AS list FROM "ProjectArea" pa JOIN "PriorityArea" a
      ON a.id = pa."priorityAreaId" GROUP BY pa."projectId"),
    funding AS (SELECT "projectId", sum(amount) AS committed, sum(coalesce(disbursed, 0)) AS disbursed
      FROM "FundingLine" WHERE currency = 'USD' GROUP BY "projectId")
    SELECT p.code, p.status, p.progress, p."leadCountryCode"::text AS lead,
      coalesce(c.list, '{}') AS countries, coalesce(a.list, '{}') AS areas, pillar.slug AS pillar,
      p."approvalYear" AS year, coalesce(f.committed, 0) AS committed, coalesce(f.disbursed, 0) AS disbursed,
      (p."plannedEnd" < current_date AND p.status NOT IN ('completed', 'cancelled')) AS overdue,
      p.published, true AS confirmed
    FROM "Project" p JOIN in_plan ON in_plan."projectId" = p.id JOIN "Pillar" pillar ON pillar.id = p."pillarId"
    LEFT JOIN countries c ON c."projectId" = p.id LEFT JOIN areas a ON a."projectId" = p.id
    LEFT JOIN funding f ON f."projectId" = p.id
    WHERE ${visible}`;
}

/** The yearly trend from the raw rows: each project's last update by 31 December, carried forward. */
async function rawTrend(audience: Audience, filter: Partial<DashboardFilter>) {
  const rows = await db.$queryRaw<{ year: number; state: string; count: number }[]>`
    WITH projects AS (
      SELECT p.id, p."approvalYear", p.status::text AS current FROM "Project" p
      WHERE ${visibleProjectsSql(audience, "p")}
        AND EXISTS (SELECT 1 FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId"
          WHERE pp."projectId" = p.id AND pa."planId" = ${plan.planId}::uuid)
        ${filter.country ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ProjectCountry" pc WHERE pc."projectId" = p.id AND pc."countryCode" = ${filter.country})` : Prisma.empty}
    )
    SELECT y.year, coalesce(
      (SELECT u.status::text FROM "StatusUpdate" u WHERE u."projectId" = p.id
        AND u."reportedOn" <= make_date(y.year, 12, 31) ORDER BY u."reportedOn" DESC, u."createdAt" DESC LIMIT 1),
      CASE WHEN p.current = 'proposed' THEN 'proposed' ELSE 'approved' END) AS state, count(*)::int AS count
    FROM projects p JOIN generate_series(${plan.startYear}::int, ${Math.min(plan.endYear, THIS_YEAR)}::int) AS y(year)
      ON p."approvalYear" <= y.year
    GROUP BY 1, 2`;
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    ...Object.fromEntries(
      STATUSES.map((status) => [
        status,
        rows.find((row) => row.year === year && row.state === status)?.count ?? 0,
      ]),
    ),
  }));
}

async function expectSummariesToMatchRawRows() {
  const ids = await db.$queryRaw<{ missing: number; extra: number }[]>`
    SELECT (SELECT count(*) FROM "Project" p WHERE NOT EXISTS
              (SELECT 1 FROM "ProjectFact" f WHERE f."projectId" = p.id))::int AS missing,
           (SELECT count(*) FROM "ProjectFact" f WHERE NOT EXISTS
              (SELECT 1 FROM "Project" p WHERE p.id = f."projectId"))::int AS extra`;
  expect(ids[0]).toEqual({ missing: 0, extra: 0 });
  const filters: Partial<DashboardFilter>[] = [{}, { country: "TH" }, { area: "connectivity" }];
  for (const audience of ["public", "staff"] as const) {
    const visible = visibleProjectsSql(audience, "p");
    for (const filter of filters) {
      const [summarized, raw] = await Promise.all([
        figures(liveSource(plan.planId, visible), filter, plan.planId),
        figures(rawSource(plan.planId, visible), filter, plan.planId),
      ]);
      expect(summarized, `${audience} ${JSON.stringify(filter)}`).toEqual(raw);
      if (filter.area) continue; // the raw trend above filters by country only
      const trend = await statusTrend(
        { id: plan.planId, startYear: plan.startYear, endYear: plan.endYear },
        visible,
        filter,
        THIS_YEAR,
      );
      expect(trend, `trend ${audience} ${JSON.stringify(filter)}`).toEqual(await rawTrend(audience, filter));
    }
  }
}

const index = (length: number) => fc.nat({ max: length - 1 });

/** One change to a fixture project or a row that belongs to it, as SQL (the triggers see every writer). */
const change = fc.oneof(
  fc.record({
    kind: fc.constant("update" as const),
    project: index(6),
    year: fc.integer({ min: 2014, max: 2022 }),
    month: fc.integer({ min: 1, max: 12 }),
    status: fc.constantFrom(...STATUSES),
  }),
  fc.record({ kind: fc.constant("dropUpdate" as const), project: index(6) }),
  fc.record({
    kind: fc.constant("status" as const),
    project: index(6),
    status: fc.constantFrom(...STATUSES),
  }),
  fc.record({ kind: fc.constant("publish" as const), project: index(6), published: fc.boolean() }),
  fc.record({
    kind: fc.constant("approval" as const),
    project: index(6),
    year: fc.integer({ min: 2014, max: 2021 }),
  }),
  fc.record({
    kind: fc.constant("country" as const),
    project: index(6),
    country: fc.constantFrom(...COUNTRIES),
  }),
  fc.record({ kind: fc.constant("area" as const), project: index(6), area: fc.constantFrom(...AREAS) }),
  fc.record({
    kind: fc.constant("funding" as const),
    project: index(6),
    amount: fc.integer({ min: 0, max: 5_000_000 }),
    currency: fc.constantFrom("USD", "CNY"),
  }),
  fc.record({ kind: fc.constant("unlink" as const), project: index(6) }),
  fc.record({ kind: fc.constant("link" as const), project: index(6) }),
);
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

async function apply(step: Change) {
  const { id } = projects[step.project]!;
  switch (step.kind) {
    case "update":
      await db.$executeRaw`
        WITH narrative AS (INSERT INTO "Text" (id, "sourceLocale", "updatedAt")
          VALUES (gen_random_uuid(), 'en', now()) RETURNING id),
        wording AS (INSERT INTO "TextTranslation" ("textId", locale, value, status, "updatedAt")
          SELECT id, 'en', 'Generated update', 'source', now() FROM narrative)
        INSERT INTO "StatusUpdate" (id, "projectId", "reportedOn", "periodYear", status, progress, "narrativeId", "evidenceLinks")
        SELECT gen_random_uuid(), ${id}::uuid, make_date(${step.year}::int, ${step.month}::int, 15), ${step.year}::int,
          ${step.status}::"ProjectStatus", 50, narrative.id, '{}' FROM narrative`;
      return;
    case "dropUpdate":
      await db.$executeRaw`DELETE FROM "StatusUpdate" WHERE id = (SELECT id FROM "StatusUpdate"
        WHERE "projectId" = ${id}::uuid ORDER BY "reportedOn" DESC LIMIT 1)`;
      return;
    case "status":
      await db.project.update({ where: { id }, data: { status: step.status } });
      return;
    case "publish":
      await db.project.update({ where: { id }, data: { published: step.published } });
      return;
    case "approval":
      await db.project.update({ where: { id }, data: { approvalYear: step.year } });
      return;
    case "country":
      await db.$executeRaw`INSERT INTO "ProjectCountry" ("projectId", "countryCode")
        VALUES (${id}::uuid, ${step.country}) ON CONFLICT DO NOTHING`;
      await db.$executeRaw`DELETE FROM "ProjectCountry" WHERE "projectId" = ${id}::uuid
        AND "countryCode" <> ${step.country} AND random() < 0.5`;
      return;
    case "area":
      await db.$executeRaw`DELETE FROM "ProjectArea" WHERE "projectId" = ${id}::uuid`;
      await db.$executeRaw`INSERT INTO "ProjectArea" ("projectId", "priorityAreaId")
        SELECT ${id}::uuid, a.id FROM "PriorityArea" a WHERE a.slug = ${step.area}`;
      return;
    case "funding":
      await db.fundingLine.updateMany({
        where: { projectId: id },
        data: { amount: step.amount, currency: step.currency },
      });
      return;
    case "unlink":
      await db.projectParagraph.deleteMany({ where: { projectId: id, paragraphId: plan.paragraphIds[1]! } });
      return;
    case "link":
      await db.projectParagraph.createMany({
        data: [{ projectId: id, paragraphId: plan.paragraphIds[1]! }],
        skipDuplicates: true,
      });
      return;
  }
}

beforeAll(async () => {
  plan = await createFixturePlan(db, { startYear: 2016 });
  projects = [];
  for (const [position, country] of COUNTRIES.entries()) {
    const project = await createTestProject(db, country, {
      approvalYear: 2016 + (position % 4),
      areas: [AREAS[position % AREAS.length]],
    });
    await linkProject(db, project.code, plan.paragraphIds[0]!);
    // Every status from the start (set in SQL: the form would also ask for a matching progress).
    await db.project.update({
      where: { id: project.id },
      data: { status: STATUSES[position % STATUSES.length] },
    });
    projects.push(project);
  }
});

describe("dashboard summaries", () => {
  it("equal the figures and trend computed from the raw rows after any sequence of changes", async () => {
    await expectSummariesToMatchRawRows();
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const step of steps) await apply(step);
        await expectSummariesToMatchRawRows();
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("are recomputed once when the transaction commits, and not for what a savepoint took back", async () => {
    const project = await createTestProject(db, "TH", { progress: 10 });
    await db.$transaction(async (tx) => {
      await tx.project.update({ where: { id: project.id }, data: { progress: 20 } });
      await tx.projectCountry.create({ data: { projectId: project.id, countryCode: "VN" } });
      // Queued, not yet recomputed: the deferred trigger runs at commit.
      const during = await tx.projectFact.findUniqueOrThrow({ where: { projectId: project.id } });
      expect(during.progress).toBe(10);
      await tx.$executeRawUnsafe("SAVEPOINT undone");
      await tx.project.update({ where: { id: project.id }, data: { progress: 99 } });
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT undone");
    });
    const fact = await db.projectFact.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(fact).toMatchObject({ progress: 20, countries: ["TH", "VN"] });
    expect(await db.projectFactPending.count()).toBe(0);
    await expectSummariesToMatchRawRows();
  });

  it("follow a project's removal and a pillar's new slug", async () => {
    const project = await createTestProject(db, "TH", { areas: ["health"] });
    await linkProject(db, project.code, plan.paragraphIds[0]!);
    const pillar = await db.pillar.findFirstOrThrow({ where: { projects: { some: { id: project.id } } } });
    await db.pillar.update({ where: { id: pillar.id }, data: { slug: `${pillar.slug}-renamed` } });
    const fact = await db.projectFact.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(fact.pillar).toBe(`${pillar.slug}-renamed`);
    await db.pillar.update({ where: { id: pillar.id }, data: { slug: pillar.slug } });
    await db.project.delete({ where: { id: project.id } });
    expect(await db.projectFact.findUnique({ where: { projectId: project.id } })).toBeNull();
    await expectSummariesToMatchRawRows();
  });
});
