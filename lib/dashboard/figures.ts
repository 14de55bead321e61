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
 * the alias "p"): read from their summaries (ProjectFact, kept by triggers in the transaction of
 * every change; docs/decisions/0024). Overdue as of today.
 */
export function liveSource(planId: string, visible: Prisma.Sql): ProjectSource {
  return Prisma.sql`
    SELECT p.code, p.status, p.progress, p.lead, p.countries, p.areas, p.pillar, p.year,
      p.committed, p.disbursed,
      (p."plannedEnd" < current_date AND p.status NOT IN ('completed', 'cancelled')) AS overdue,
      p.published, true AS confirmed
    FROM "ProjectFact" p
    WHERE p."planIds" @> ARRAY[${planId}::uuid] AND ${visible}`;
}

/** An edition's frozen projects, those `visible` lets through (lib/reports/visibility.ts). */
export function editionSource(editionId: string, visible: Prisma.Sql): ProjectSource {
  return Prisma.sql`
    SELECT code, status, progress, "leadCountryCode"::text AS lead, countries, "areaSlugs" AS areas,
      "pillarSlug" AS pillar,
      "approvalYear" AS year, "usdCommitted" AS committed, "usdDisbursed" AS disbursed, overdue, published, confirmed
    FROM "EditionProject" WHERE "editionId" = ${editionId}::uuid AND ${visible}`;
}

/**
 * The source's projects under the filter, with the columns the figures read. Only the cells read
 * them, so they are not kept (materialised) but grouped as they are scanned: 12 -> 8 ms at 10,000.
 */
function filtered(source: ProjectSource, filter: Partial<DashboardFilter>) {
  return Prisma.sql`f AS NOT MATERIALIZED (
      SELECT status, year, progress, committed, disbursed, overdue, confirmed, areas, countries,
        status IN (${counted}) AS counts
      FROM (${source}) src WHERE true
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

/** Measures summed over cells of projects (c or g); an empty set sums to zeros. */
const measuresOfCells = Prisma.sql`
  coalesce(sum(projects), 0)::int AS projects,
  coalesce(sum(completed), 0)::int AS completed,
  coalesce(sum(committed), 0)::float8 AS committed,
  round(sum("progressSum") / nullif(sum(counted), 0))::int AS progress,
  coalesce(sum(disbursed), 0)::float8 AS disbursed,
  coalesce(sum(overdue), 0)::int AS overdue,
  coalesce(sum(unconfirmed), 0)::int AS unconfirmed,
  coalesce(sum(counted), 0)::int AS counted`;

/** Keys in their natural order: years and phase positions as numbers ("9" before "10"). */
const byKey = new Intl.Collator("en", { numeric: true });

/**
 * All the figures of a source under a filter, in one SQL statement. The source is read once and
 * grouped into cells of projects with the same status, year, areas and
 * countries (a few hundred at 10,000 projects); the total, status, year and phase figures are summed
 * from status-by-year cells, and the area and country figures from the cells unnested by area and
 * by country (a project counts once per area or country it belongs to). Counts are exact however
 * they are grouped; dollar sums may differ from a direct sum in their last binary digits, far below
 * a cent. `planId` gives the plan's phases.
 */
export async function figures(
  source: ProjectSource,
  filter: Partial<DashboardFilter>,
  planId: string,
): Promise<Figures> {
  const rows = await getDb().$queryRaw<Row[]>`
    WITH ${filtered(source, filter)},
    c AS MATERIALIZED (
      SELECT status, year, areas, countries, count(*) AS projects,
        count(*) FILTER (WHERE status = 'completed') AS completed,
        sum(committed) AS committed, sum(disbursed) AS disbursed,
        sum(progress) FILTER (WHERE counts) AS "progressSum",
        count(*) FILTER (WHERE counts) AS counted,
        count(*) FILTER (WHERE overdue) AS overdue,
        count(*) FILTER (WHERE NOT confirmed) AS unconfirmed
      FROM f GROUP BY status, year, areas, countries
    ),
    g AS MATERIALIZED (
      SELECT status, year, sum(projects) AS projects, sum(completed) AS completed,
        sum(committed) AS committed, sum(disbursed) AS disbursed, sum("progressSum") AS "progressSum",
        sum(counted) AS counted, sum(overdue) AS overdue, sum(unconfirmed) AS unconfirmed
      FROM c GROUP BY status, year
    )
    SELECT 'total' AS dimension, NULL AS key, NULL::int AS "startYear", NULL::int AS "endYear", ${measuresOfCells} FROM g
    UNION ALL SELECT 'status', status::text, NULL, NULL, ${measuresOfCells} FROM g GROUP BY status
    UNION ALL SELECT 'year', year::text, NULL, NULL, ${measuresOfCells} FROM g GROUP BY year
    UNION ALL SELECT 'phase', ph.position::text, ph."startYear", ph."endYear", ${measuresOfCells}
      FROM "PlanPhase" ph LEFT JOIN g ON g.year BETWEEN ph."startYear" AND ph."endYear"
      WHERE ph."planId" = ${planId}::uuid GROUP BY ph.position, ph."startYear", ph."endYear"
    UNION ALL SELECT 'area', area, NULL, NULL, ${measuresOfCells} FROM (SELECT unnest(areas) AS area, * FROM c) x GROUP BY area
    UNION ALL SELECT 'country', country, NULL, NULL, ${measuresOfCells} FROM (SELECT unnest(countries) AS country, * FROM c) x GROUP BY country`;
  const group = ({ key, projects, completed, committed, progress }: Row): Group => ({
    key,
    projects,
    completed,
    committed,
    progress,
  });
  const of = (dimension: Row["dimension"]) =>
    rows.filter((row) => row.dimension === dimension).sort((a, b) => byKey.compare(a.key, b.key));
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
