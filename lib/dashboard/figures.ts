import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { PROJECT_STATUSES, STATUSES_IN_PROGRESS_ROLLUP, type ProjectStatus } from "@/lib/projects/status";
import type { DashboardFilter } from "./filters";

/**
 * Dashboards and report editions count the same way over different sources: the live project
 * records of a plan, or an edition's frozen rows. A source is a SELECT with the columns below; every
 * figure is one GROUP BY over it in SQL.
 */
export type ProjectSource = Prisma.Sql;

const counted = Prisma.join(STATUSES_IN_PROGRESS_ROLLUP.map((status) => Prisma.sql`${status}::"ProjectStatus"`));

/** Live projects implementing a plan (published only, unless for staff). Overdue as of today. */
export function liveSource(planId: string, includeUnpublished: boolean): ProjectSource {
  return Prisma.sql`
    SELECT p.code, p.status, p.progress, p."leadCountryCode"::text AS lead,
      coalesce((SELECT array_agg(pc."countryCode"::text) FROM "ProjectCountry" pc WHERE pc."projectId" = p.id), '{}') AS countries,
      coalesce((SELECT array_agg(a.slug) FROM "ProjectArea" pa JOIN "PriorityArea" a ON a.id = pa."priorityAreaId" WHERE pa."projectId" = p.id), '{}') AS areas,
      pillar.slug AS pillar, p."approvalYear" AS year,
      coalesce(f.committed, 0) AS committed, coalesce(f.disbursed, 0) AS disbursed,
      (p."plannedEnd" < current_date AND p.status NOT IN ('completed', 'cancelled')) AS overdue,
      p.published, true AS confirmed
    FROM "Project" p
    JOIN "Pillar" pillar ON pillar.id = p."pillarId"
    LEFT JOIN (
      SELECT "projectId", sum(amount) AS committed, sum(coalesce(disbursed, 0)) AS disbursed
      FROM "FundingLine" WHERE currency = 'USD' GROUP BY "projectId"
    ) f ON f."projectId" = p.id
    WHERE (p.published OR ${includeUnpublished})
      AND EXISTS (SELECT 1 FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId" WHERE pp."projectId" = p.id AND pa."planId" = ${planId}::uuid)`;
}

/** An edition's frozen projects (published ones only, unless for staff). */
export function editionSource(editionId: string, includeUnpublished: boolean): ProjectSource {
  return Prisma.sql`
    SELECT code, status, progress, "leadCountryCode"::text AS lead, countries, "areaSlugs" AS areas, "pillarSlug" AS pillar,
      "approvalYear" AS year, "usdCommitted" AS committed, "usdDisbursed" AS disbursed, overdue, published, confirmed
    FROM "EditionProject" WHERE "editionId" = ${editionId}::uuid AND (published OR ${includeUnpublished})`;
}

function filtered(source: ProjectSource, filter: Partial<DashboardFilter>) {
  return Prisma.sql`src AS (${source}),
    f AS (
      SELECT * FROM src WHERE true
        ${filter.country ? Prisma.sql`AND ${filter.country} = ANY(countries)` : Prisma.empty}
        ${filter.area ? Prisma.sql`AND ${filter.area} = ANY(areas)` : Prisma.empty}
        ${filter.pillar ? Prisma.sql`AND pillar = ${filter.pillar}` : Prisma.empty}
        ${filter.year ? Prisma.sql`AND year = ${filter.year}` : Prisma.empty}
    )`;
}

export type Totals = {
  projects: number;
  completed: number;
  /** Completed among the projects whose progress counts (approved, ongoing, completed, suspended); null without any. */
  completionRate: number | null;
  committed: number;
  disbursed: number;
  overdue: number;
  unconfirmed: number;
};

export type Group = { key: string; projects: number; completed: number; committed: number; progress: number | null };

export type Figures = {
  totals: Totals;
  byStatus: Record<ProjectStatus, number>;
  byArea: Group[];
  byCountry: Group[];
  byYear: Group[];
  byPhase: (Group & { startYear: number; endYear: number })[];
};

// count(code), not count(*): a phase without projects joins one empty row.
const groupColumns = Prisma.sql`
  count(code)::int AS projects,
  count(code) FILTER (WHERE status = 'completed')::int AS completed,
  coalesce(sum(committed), 0)::float8 AS committed,
  round(avg(progress) FILTER (WHERE status IN (${counted})))::int AS progress`;

/** All the figures of a source under a filter; `planId` gives the phases. Six GROUP BY statements. */
export async function figures(source: ProjectSource, filter: Partial<DashboardFilter>, planId: string): Promise<Figures> {
  const db = getDb();
  const scope = filtered(source, filter);
  const [totals, statuses, byArea, byCountry, byYear, byPhase] = await Promise.all([
    db.$queryRaw<Totals[]>`WITH ${scope}
      SELECT count(*)::int AS projects,
        count(*) FILTER (WHERE status = 'completed')::int AS completed,
        (count(*) FILTER (WHERE status = 'completed')::float8 / nullif(count(*) FILTER (WHERE status IN (${counted})), 0)) AS "completionRate",
        coalesce(sum(committed), 0)::float8 AS committed, coalesce(sum(disbursed), 0)::float8 AS disbursed,
        count(*) FILTER (WHERE overdue)::int AS overdue, count(*) FILTER (WHERE NOT confirmed)::int AS unconfirmed
      FROM f`,
    db.$queryRaw<{ status: ProjectStatus; count: number }[]>`WITH ${scope} SELECT status::text AS status, count(*)::int AS count FROM f GROUP BY status`,
    db.$queryRaw<Group[]>`WITH ${scope} SELECT area AS key, ${groupColumns} FROM f, unnest(areas) AS area GROUP BY area ORDER BY area`,
    db.$queryRaw<Group[]>`WITH ${scope} SELECT country AS key, ${groupColumns} FROM f, unnest(countries) AS country GROUP BY country ORDER BY country`,
    db.$queryRaw<Group[]>`WITH ${scope} SELECT year::text AS key, ${groupColumns} FROM f GROUP BY year ORDER BY year`,
    db.$queryRaw<(Group & { startYear: number; endYear: number })[]>`WITH ${scope}
      SELECT ph.position::text AS key, ph."startYear", ph."endYear", ${groupColumns}
      FROM "PlanPhase" ph LEFT JOIN f ON f.year BETWEEN ph."startYear" AND ph."endYear"
      WHERE ph."planId" = ${planId}::uuid
      GROUP BY ph.position, ph."startYear", ph."endYear" ORDER BY ph.position`,
  ]);
  const byStatus = Object.fromEntries(PROJECT_STATUSES.map((status) => [status, statuses.find((row) => row.status === status)?.count ?? 0])) as Record<ProjectStatus, number>;
  return { totals: totals[0]!, byStatus, byArea, byCountry, byYear, byPhase };
}
