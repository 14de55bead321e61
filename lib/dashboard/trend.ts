import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { PROJECT_STATUSES, type ProjectStatus } from "@/lib/projects/status";
import type { DashboardFilter } from "./filters";

export type TrendYear = { year: number } & Record<ProjectStatus, number>;

/**
 * The plan's projects by status at the end of each year: each project's latest update reported by
 * 31 December (before any, "approved", or "proposed" while it still is). One SQL statement that
 * reads the updates once: the last update of each project in each year, carried forward over the
 * years without one.
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
      (status) => Prisma.sql`count(*) FILTER (WHERE s = ${status})::int AS ${Prisma.raw(`"${status}"`)}`,
    ),
  );
  return getDb().$queryRaw<TrendYear[]>`
    WITH projects AS MATERIALIZED (
      SELECT p.id, p."approvalYear", p.status::text AS current FROM "Project" p
      WHERE ${visible}
        AND EXISTS (SELECT 1 FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId"
          WHERE pp."projectId" = p.id AND pa."planId" = ${plan.id}::uuid)
        ${
          filter.country
            ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ProjectCountry" pc WHERE pc."projectId" = p.id
          AND pc."countryCode" = ${filter.country})`
            : Prisma.empty
        }
        ${
          filter.area
            ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ProjectArea" pa2 JOIN "PriorityArea" a
          ON a.id = pa2."priorityAreaId" WHERE pa2."projectId" = p.id AND a.slug = ${filter.area})`
            : Prisma.empty
        }
        ${
          filter.pillar
            ? Prisma.sql`AND p."pillarId" = (SELECT id FROM "Pillar"
          WHERE slug = ${filter.pillar})`
            : Prisma.empty
        }
        ${filter.year ? Prisma.sql`AND p."approvalYear" = ${filter.year}` : Prisma.empty}
    ),
    yearly AS (
      SELECT DISTINCT ON (u."projectId", u.year) u."projectId", u.year, u.status
      FROM (
        SELECT "projectId", greatest(extract(year FROM "reportedOn")::int, ${plan.startYear}::int) AS year,
          status::text AS status, "reportedOn", "createdAt"
        FROM "StatusUpdate" WHERE "reportedOn" <= make_date(${until}::int, 12, 31)
      ) u JOIN projects p ON p.id = u."projectId"
      ORDER BY u."projectId", u.year, u."reportedOn" DESC, u."createdAt" DESC
    ),
    grid AS (
      SELECT p.id, y.year, p.current, yearly.status,
        count(yearly.status) OVER (PARTITION BY p.id ORDER BY y.year) AS run
      FROM projects p
      JOIN generate_series(${plan.startYear}::int, ${until}::int) AS y(year) ON p."approvalYear" <= y.year
      LEFT JOIN yearly ON yearly."projectId" = p.id AND yearly.year = y.year
    ),
    states AS (
      SELECT year, coalesce(first_value(status) OVER (PARTITION BY id, run ORDER BY year),
                            CASE WHEN current = 'proposed' THEN 'proposed' ELSE 'approved' END) AS s
      FROM grid
    )
    SELECT year, ${columns} FROM states GROUP BY year ORDER BY year`;
}
