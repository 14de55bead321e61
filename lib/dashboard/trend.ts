import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { PROJECT_STATUSES, type ProjectStatus } from "@/lib/projects/status";
import type { DashboardFilter } from "./filters";

export type TrendYear = { year: number } & Record<ProjectStatus, number>;

/**
 * The plan's projects by status at the end of each year: each project's latest update reported by
 * 31 December (before any, "approved", or "proposed" while it still is), counted from its approval
 * year. Read from the projects' summaries, which hold that status for every year
 * (ProjectFact.yearEnd, kept by triggers; docs/decisions/0024). Projects with the same approval year
 * and the same statuses year by year are counted together first — a few hundred kinds for
 * thousands of projects — and only the kinds are spread over the years.
 */
export async function statusTrend(
  plan: { id: string; startYear: number; endYear: number },
  visible: Prisma.Sql,
  filter: Partial<DashboardFilter>,
  lastYear: number,
): Promise<TrendYear[]> {
  const until = Math.min(plan.endYear, lastYear);
  const columns = Prisma.join(
    PROJECT_STATUSES.map(
      (status) =>
        Prisma.sql`coalesce(sum(projects) FILTER (WHERE state = ${status}), 0)::int AS ${Prisma.raw(`"${status}"`)}`,
    ),
  );
  return getDb().$queryRaw<TrendYear[]>`
    WITH kinds AS (
      SELECT p.year, p."yearEndFrom", p."yearEnd", count(*) AS projects
      FROM "ProjectFact" p
      WHERE p."planIds" @> ARRAY[${plan.id}::uuid] AND ${visible}
        ${filter.country ? Prisma.sql`AND ${filter.country} = ANY(p.countries)` : Prisma.empty}
        ${filter.area ? Prisma.sql`AND ${filter.area} = ANY(p.areas)` : Prisma.empty}
        ${filter.pillar ? Prisma.sql`AND p.pillar = ${filter.pillar}` : Prisma.empty}
        ${filter.year ? Prisma.sql`AND p.year = ${filter.year}` : Prisma.empty}
      GROUP BY p.year, p."yearEndFrom", p."yearEnd"
    )
    SELECT year, ${columns}
    FROM (
      SELECT y.year, k.projects,
        k."yearEnd"[least(y.year - k."yearEndFrom" + 1, cardinality(k."yearEnd"))] AS state
      FROM kinds k JOIN generate_series(${plan.startYear}::int, ${until}::int) AS y(year) ON k.year <= y.year
    ) states
    GROUP BY year ORDER BY year`;
}
