import "server-only";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { localize, type LocalizedText, type StoredText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import type { ProjectStatus } from "@/lib/projects/status";

export type EditionSummary = {
  number: number;
  year: number;
  asOf: Date;
  issuedAt: Date;
  publishedAt: Date | null;
};

/** Editions, newest first; the public sees published ones only. */
export async function listEditions(
  includeUnpublished: boolean,
  periodId?: string,
): Promise<EditionSummary[]> {
  const editions = await getDb().reportEdition.findMany({
    where: {
      ...(includeUnpublished ? {} : { publishedAt: { not: null } }),
      ...(periodId ? { periodId } : {}),
    },
    orderBy: { number: "desc" },
    select: {
      number: true,
      asOf: true,
      issuedAt: true,
      publishedAt: true,
      period: { select: { year: true } },
    },
  });
  return editions.map(({ period, ...edition }) => ({ ...edition, year: period.year }));
}

export const getEdition = cache(async (number: number, includeUnpublished: boolean) => {
  if (!Number.isInteger(number) || number < 1 || number > 1_000_000) return null;
  const edition = await getDb().reportEdition.findUnique({
    where: { number },
    select: {
      id: true,
      number: true,
      asOf: true,
      issuedAt: true,
      publishedAt: true,
      period: { select: { year: true, planId: true } },
    },
  });
  if (!edition || (!includeUnpublished && !edition.publishedAt)) return null;
  return edition;
});

export type Edition = NonNullable<Awaited<ReturnType<typeof getEdition>>>;

export type EditionChange = {
  code: string;
  title: LocalizedText;
  leadCountryCode: string;
  before: ProjectStatus | null;
  after: ProjectStatus;
};

export type EditionDiff = {
  previous: number | null;
  newProjects: EditionChange[];
  statusChanges: EditionChange[];
  newlyCompleted: EditionChange[];
  newlyOverdue: EditionChange[];
};

/**
 * What changed since the previous edition, computed in SQL by comparing the two frozen snapshots.
 * The public compares published editions with the previous published one.
 */
export async function editionDiff(
  edition: Edition,
  includeUnpublished: boolean,
  lng: Locale,
): Promise<EditionDiff> {
  const db = getDb();
  const previous = await db.reportEdition.findFirst({
    where: { number: { lt: edition.number }, ...(includeUnpublished ? {} : { publishedAt: { not: null } }) },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  const empty: EditionDiff = {
    previous: previous?.number ?? null,
    newProjects: [],
    statusChanges: [],
    newlyCompleted: [],
    newlyOverdue: [],
  };
  if (!previous) return empty;
  const rows = await db.$queryRaw<
    {
      kind: keyof Omit<EditionDiff, "previous">;
      code: string;
      title: StoredText;
      leadCountryCode: string;
      before: ProjectStatus | null;
      after: ProjectStatus;
    }[]
  >`
    WITH now AS (SELECT * FROM "EditionProject" WHERE "editionId" = ${edition.id}::uuid ${includeUnpublished ? Prisma.empty : Prisma.sql`AND published`}),
         was AS (SELECT * FROM "EditionProject" WHERE "editionId" = ${previous.id}::uuid ${includeUnpublished ? Prisma.empty : Prisma.sql`AND published`})
    SELECT kind, n.code, n.title, n."leadCountryCode"::text AS "leadCountryCode", w.status::text AS before, n.status::text AS after
    FROM now n LEFT JOIN was w ON w.code = n.code
    CROSS JOIN LATERAL (VALUES
      (CASE WHEN w.code IS NULL THEN 'newProjects' END),
      (CASE WHEN w.code IS NOT NULL AND w.status <> n.status THEN 'statusChanges' END),
      (CASE WHEN n.status = 'completed' AND w.status IS DISTINCT FROM 'completed' THEN 'newlyCompleted' END),
      (CASE WHEN n.overdue AND NOT coalesce(w.overdue, false) THEN 'newlyOverdue' END)
    ) AS k(kind)
    WHERE kind IS NOT NULL
    ORDER BY n.code`;
  for (const row of rows)
    empty[row.kind].push({
      code: row.code,
      title: localize(row.title, lng),
      leadCountryCode: row.leadCountryCode,
      before: row.before,
      after: row.after,
    });
  return empty;
}

export type EditionNarrativeView = { countryCode: string; areaSlug: string; text: LocalizedText };

export async function editionNarratives(editionId: string, lng: Locale): Promise<EditionNarrativeView[]> {
  const rows = await getDb().editionNarrative.findMany({
    where: { editionId },
    orderBy: [{ countryCode: "asc" }, { areaSlug: "asc" }],
  });
  return rows.map((row) => ({
    countryCode: row.countryCode,
    areaSlug: row.areaSlug,
    text: localize(row.text as unknown as StoredText, lng),
  }));
}

export type NotableProject = { code: string; title: LocalizedText; status: ProjectStatus; progress: number };
export type NotableList = { items: NotableProject[]; total: number };

/** A country's completed and overdue projects in an edition (the first `limit` of each, and how many in all). */
export async function notableProjects(
  editionId: string,
  includeUnpublished: boolean,
  countryCode: string,
  lng: Locale,
  limit = 15,
) {
  const list = async (condition: Prisma.Sql): Promise<NotableList> => {
    const rows = await getDb().$queryRaw<
      { code: string; title: StoredText; status: ProjectStatus; progress: number; total: number }[]
    >`
      SELECT code, title, status::text AS status, progress, count(*) OVER ()::int AS total
      FROM "EditionProject"
      WHERE "editionId" = ${editionId}::uuid AND (published OR ${includeUnpublished}) AND ${countryCode} = ANY(countries) AND ${condition}
      ORDER BY code LIMIT ${limit}`;
    return {
      items: rows.map((row) => ({
        code: row.code,
        title: localize(row.title, lng),
        status: row.status,
        progress: row.progress,
      })),
      total: rows[0]?.total ?? 0,
    };
  };
  const [completed, overdue] = await Promise.all([
    list(Prisma.sql`status = 'completed'`),
    list(Prisma.sql`overdue`),
  ]);
  return { completed, overdue };
}
