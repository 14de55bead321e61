import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { PROJECT_STATUSES, type ProjectStatus } from "@/lib/projects/status";
import type { DashboardFilter } from "./filters";

export type TrendYear = { year: number } & Record<ProjectStatus, number>;

/**
 * The plan's projects by status at the end of each year: each project's latest update reported by
 * 31 December (before any, "approved", or "proposed" while it still is). One SQL statement; the
 * per-project lookup uses the (projectId, reportedOn) index.
 */
export async function statusTrend(plan: { id: string; startYear: number; endYear: number }, includeUnpublished: boolean, filter: Partial<DashboardFilter>, lastYear: number): Promise<TrendYear[]> {
  const until = Math.min(plan.endYear, lastYear);
  const columns = Prisma.join(PROJECT_STATUSES.map((status) => Prisma.sql`count(*) FILTER (WHERE s = ${status})::int AS ${Prisma.raw(`"${status}"`)}`));
  const rows = await getDb().$queryRaw<TrendYear[]>`
    SELECT y.year::int AS year, ${columns}
    FROM generate_series(${plan.startYear}::int, ${until}::int) AS y(year)
    JOIN "Project" p ON p."approvalYear" <= y.year
    CROSS JOIN LATERAL (
      SELECT coalesce(
        (SELECT u.status::text FROM "StatusUpdate" u WHERE u."projectId" = p.id AND u."reportedOn" <= make_date(y.year, 12, 31)
         ORDER BY u."reportedOn" DESC, u."createdAt" DESC LIMIT 1),
        CASE WHEN p.status = 'proposed' THEN 'proposed' ELSE 'approved' END) AS s
    ) AS state
    WHERE (p.published OR ${includeUnpublished})
      AND EXISTS (SELECT 1 FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId" WHERE pp."projectId" = p.id AND pa."planId" = ${plan.id}::uuid)
      ${filter.country ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ProjectCountry" pc WHERE pc."projectId" = p.id AND pc."countryCode" = ${filter.country})` : Prisma.empty}
      ${filter.area ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ProjectArea" pa2 JOIN "PriorityArea" a ON a.id = pa2."priorityAreaId" WHERE pa2."projectId" = p.id AND a.slug = ${filter.area})` : Prisma.empty}
      ${filter.pillar ? Prisma.sql`AND p."pillarId" = (SELECT id FROM "Pillar" WHERE slug = ${filter.pillar})` : Prisma.empty}
      ${filter.year ? Prisma.sql`AND p."approvalYear" = ${filter.year}` : Prisma.empty}
    GROUP BY y.year ORDER BY y.year`;
  return rows;
}
