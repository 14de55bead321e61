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

const counted = Prisma.join(
  STATUSES_IN_PROGRESS_ROLLUP.map((status) => Prisma.sql`${status}::"ProjectStatus"`),
);

/**
 * Live projects implementing a plan, those `visible` lets through (lib/projects/visibility.ts, on
 * the alias "p"). Overdue as of today.
 */
export function liveSource(planId: string, visible: Prisma.Sql): ProjectSource {
  // Lists and sums joined once (hash joins), not looked up per project.
  return Prisma.sql`
    WITH in_plan AS (
      SELECT DISTINCT pp."projectId" FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId"
        WHERE pa."planId" = ${planId}::uuid
    ),
    countries AS (SELECT "projectId", array_agg("countryCode"::text) AS list
      FROM "ProjectCountry" GROUP BY "projectId"),
    areas AS (SELECT pa."projectId", array_agg(a.slug) AS list FROM "ProjectArea" pa JOIN "PriorityArea" a
      ON a.id = pa."priorityAreaId" GROUP BY pa."projectId"),
    funding AS (
      SELECT "projectId", sum(amount) AS committed, sum(coalesce(disbursed, 0)) AS disbursed
      FROM "FundingLine" WHERE currency = 'USD' GROUP BY "projectId"
    )
    SELECT p.code, p.status, p.progress, p."leadCountryCode"::text AS lead,
      coalesce(c.list, '{}') AS countries, coalesce(a.list, '{}') AS areas,
      pillar.slug AS pillar, p."approvalYear" AS year,
      coalesce(f.committed, 0) AS committed, coalesce(f.disbursed, 0) AS disbursed,
      (p."plannedEnd" < current_date AND p.status NOT IN ('completed', 'cancelled')) AS overdue,
      p.published, true AS confirmed
    FROM "Project" p
    JOIN in_plan ON in_plan."projectId" = p.id
    JOIN "Pillar" pillar ON pillar.id = p."pillarId"
    LEFT JOIN countries c ON c."projectId" = p.id
    LEFT JOIN areas a ON a."projectId" = p.id
    LEFT JOIN funding f ON f."projectId" = p.id
    WHERE ${visible}`;
}

/** An edition's frozen projects, those `visible` lets through (lib/reports/visibility.ts). */
export function editionSource(editionId: string, visible: Prisma.Sql): ProjectSource {
  return Prisma.sql`
    SELECT code, status, progress, "leadCountryCode"::text AS lead, countries, "areaSlugs" AS areas,
      "pillarSlug" AS pillar,
      "approvalYear" AS year, "usdCommitted" AS committed, "usdDisbursed" AS disbursed, overdue, published, confirmed
    FROM "EditionProject" WHERE "editionId" = ${editionId}::uuid AND ${visible}`;
}

function filtered(source: ProjectSource, filter: Partial<DashboardFilter>) {
  return Prisma.sql`src AS MATERIALIZED (${source}),
    f AS MATERIALIZED (
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

export type Group = {
  key: string;
  projects: number;
  completed: number;
  committed: number;
  progress: number | null;
};

export type Figures = {
  totals: Totals;
  byStatus: Record<ProjectStatus, number>;
  byArea: Group[];
  byCountry: Group[];
  byYear: Group[];
  byPhase: (Group & { startYear: number; endYear: number })[];
};

type Row = Group & {
  dimension: "total" | "status" | "area" | "country" | "year" | "phase";
  disbursed: number;
  overdue: number;
  unconfirmed: number;
  counted: number;
  startYear: number | null;
  endYear: number | null;
};

// count(code), not count(*): a phase without projects joins one empty row.
const measures = Prisma.sql`
  count(code)::int AS projects,
  count(code) FILTER (WHERE status = 'completed')::int AS completed,
  coalesce(sum(committed), 0)::float8 AS committed,
  round(avg(progress) FILTER (WHERE status IN (${counted})))::int AS progress,
  coalesce(sum(disbursed), 0)::float8 AS disbursed,
  count(code) FILTER (WHERE overdue)::int AS overdue,
  count(code) FILTER (WHERE NOT confirmed)::int AS unconfirmed,
  count(code) FILTER (WHERE status IN (${counted}))::int AS counted`;

/**
 * All the figures of a source under a filter, in one SQL statement: the source is read once
 * (materialised), then grouped by every dimension. `planId` gives the plan's phases.
 */
export async function figures(
  source: ProjectSource,
  filter: Partial<DashboardFilter>,
  planId: string,
): Promise<Figures> {
  const rows = await getDb().$queryRaw<Row[]>`
    WITH ${filtered(source, filter)}
    SELECT 'total' AS dimension, NULL AS key, NULL::int AS "startYear", NULL::int AS "endYear", ${measures} FROM f
    UNION ALL SELECT 'status', status::text, NULL, NULL, ${measures} FROM f GROUP BY status
    UNION ALL SELECT 'area', area, NULL, NULL, ${measures} FROM f, unnest(areas) AS area GROUP BY area
    UNION ALL SELECT 'country', country, NULL, NULL, ${measures} FROM f, unnest(countries) AS country GROUP BY country
    UNION ALL SELECT 'year', year::text, NULL, NULL, ${measures} FROM f GROUP BY year
    UNION ALL SELECT 'phase', ph.position::text, ph."startYear", ph."endYear", ${measures}
      FROM "PlanPhase" ph LEFT JOIN f ON f.year BETWEEN ph."startYear" AND ph."endYear"
      WHERE ph."planId" = ${planId}::uuid GROUP BY ph.position, ph."startYear", ph."endYear"`;
  const group = ({ key, projects, completed, committed, progress }: Row): Group => ({
    key,
    projects,
    completed,
    committed,
    progress,
  });
  const of = (dimension: Row["dimension"]) =>
    rows
      .filter((row) => row.dimension === dimension)
      .sort((a, b) => a.key.localeCompare(b.key, "en", { numeric: true }));
  const total = of("total")[0]!;
  return {
    totals: {
      projects: total.projects,
      completed: total.completed,
      completionRate: total.counted ? total.completed / total.counted : null,
      committed: total.committed,
      disbursed: total.disbursed,
      overdue: total.overdue,
      unconfirmed: total.unconfirmed,
    },
    byStatus: Object.fromEntries(
      PROJECT_STATUSES.map((status) => [
        status,
        of("status").find((row) => row.key === status)?.projects ?? 0,
      ]),
    ) as Record<ProjectStatus, number>,
    byArea: of("area").map(group),
    byCountry: of("country").map(group),
    byYear: of("year").map(group),
    byPhase: of("phase").map((row) => ({ ...group(row), startYear: row.startYear!, endYear: row.endYear! })),
  };
}
