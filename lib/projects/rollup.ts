import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { defineRead, type Viewer } from "@/lib/reads/define";
import { PROJECT_STATUSES, STATUSES_IN_PROGRESS_ROLLUP, type ProjectStatus } from "./status";
import { audienceOf, visibleProjectsSql } from "./visibility";

/**
 * How far the projects behind a commitment, a section or a priority area got.
 *
 * The rule (docs/decisions/0008-progress-roll-up.md): `count` and `byStatus` cover every linked
 * project; `progress` is the mean progress of the linked projects that are approved, ongoing,
 * completed or suspended, each weighted by its committed funding in US dollars. A project with no
 * dollar funding on record weighs as much as the average of the other counted projects of the same
 * roll-up; if none has any, all weigh the same. Proposed and cancelled projects do not count towards
 * progress. Everything is computed in SQL.
 */
export type Rollup = { count: number; byStatus: Record<ProjectStatus, number>; progress: number | null };

type Row = { key: string; count: number; progress: number | null } & Record<ProjectStatus, number>;

const statusColumns = Prisma.join(
  PROJECT_STATUSES.map(
    (status) =>
      Prisma.sql`count(*) FILTER (WHERE w.status = ${status}::"ProjectStatus")::int AS ${Prisma.raw(`"${status}"`)}`,
  ),
);
const counted = Prisma.join(
  STATUSES_IN_PROGRESS_ROLLUP.map((status) => Prisma.sql`${status}::"ProjectStatus"`),
);

/**
 * `links` is a query of (key, project id) pairs, one per project in each roll-up. The CTEs add the
 * visible projects' status, progress and dollar budget, then the weight within each key.
 */
function rollupQuery(links: Prisma.Sql, viewer: Viewer) {
  return Prisma.sql`
    linked AS (
      SELECT links.key, p.status, p.progress, budget.usd
      FROM (${links}) AS links JOIN "Project" p ON p.id = links.project
      LEFT JOIN (
        SELECT "projectId", sum(amount) AS usd FROM "FundingLine" WHERE currency = 'USD' GROUP BY "projectId"
      ) AS budget ON budget."projectId" = p.id
      WHERE ${visibleProjectsSql(audienceOf(viewer), "p")}
    ),
    w AS (
      SELECT key, status, progress,
        coalesce(usd, avg(usd) FILTER (WHERE status IN (${counted})) OVER (PARTITION BY key), 1) AS weight
      FROM linked
    )
    SELECT key, count(*)::int AS count, ${statusColumns},
      round(sum(w.progress * w.weight) FILTER (WHERE w.status IN (${counted}))
            / nullif(sum(w.weight) FILTER (WHERE w.status IN (${counted})), 0))::int AS progress
    FROM w GROUP BY key`;
}

function toMap(rows: Row[]): Map<string, Rollup> {
  return new Map(
    rows.map((row) => [
      row.key,
      {
        count: row.count,
        progress: row.progress,
        byStatus: Object.fromEntries(PROJECT_STATUSES.map((status) => [status, row[status]])) as Record<
          ProjectStatus,
          number
        >,
      },
    ]),
  );
}

/** Per commitment paragraph of a plan, over the projects `viewer` may see. */
export const paragraphRollups = defineRead(
  "rollups.paragraphs",
  "public",
  async (viewer, planId: string) => {
    const links = Prisma.sql`
      SELECT pp."paragraphId"::text AS key, pp."projectId" AS project
      FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId" AND pa."planId" = ${planId}::uuid`;
    return toMap(await getDb().$queryRaw<Row[]>`WITH ${rollupQuery(links, viewer)}`);
  },
  { perRequest: true },
);

/** Per section of a plan, over the paragraphs of the section and of all sections below it. */
export const sectionRollups = defineRead(
  "rollups.sections",
  "public",
  async (viewer, planId: string) => {
    const links = Prisma.sql`
      SELECT DISTINCT below.ancestor::text AS key, pp."projectId" AS project
      FROM below JOIN "Paragraph" pa ON pa."sectionId" = below.section
      JOIN "ProjectParagraph" pp ON pp."paragraphId" = pa.id`;
    return toMap(
      await getDb().$queryRaw<Row[]>`
        WITH RECURSIVE below(ancestor, section) AS (
          SELECT id, id FROM "Section" WHERE "planId" = ${planId}::uuid
          UNION ALL
          SELECT below.ancestor, child.id FROM below JOIN "Section" child ON child."parentId" = below.section
        ),
        ${rollupQuery(links, viewer)}`,
    );
  },
  { perRequest: true },
);

/** Per priority area (projects declare their areas). */
export const areaRollups = defineRead(
  "rollups.areas",
  "public",
  async (viewer) => {
    const links = Prisma.sql`
      SELECT area.slug AS key, pa."projectId" AS project
      FROM "ProjectArea" pa JOIN "PriorityArea" area ON area.id = pa."priorityAreaId"`;
    return toMap(await getDb().$queryRaw<Row[]>`WITH ${rollupQuery(links, viewer)}`);
  },
  { perRequest: true },
);

/** Roll-ups of a plan's sections and paragraphs, for the plan pages. */
export async function planRollups(viewer: Viewer, planId: string) {
  const [sections, paragraphs] = await Promise.all([
    sectionRollups(viewer, planId),
    paragraphRollups(viewer, planId),
  ]);
  return { sections, paragraphs };
}
