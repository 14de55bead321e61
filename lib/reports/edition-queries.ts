import "server-only";
// The function next/navigation re-exports, from its own module: next/navigation also loads the
// router's React contexts, which scripts that call reads outside Next (npm run bench) cannot load.
import { notFound } from "next/dist/client/components/not-found.js";
import { Prisma } from "@/generated/prisma/client";
import { editionSource, figures, type Figures } from "@/lib/dashboard/figures";
import type { DashboardFilter } from "@/lib/dashboard/filters";
import { getDb } from "@/lib/db/client";
import { localize, storedTextSchema, type LocalizedText, type StoredText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import type { ProjectStatus } from "@/lib/projects/status";
import { defineRead, type Viewer } from "@/lib/reads/define";
import { mayReadEdition, visibleEditionProjectsSql, visibleEditions } from "./visibility";

export type EditionSummary = {
  number: number;
  year: number;
  asOf: Date;
  issuedAt: Date;
  publishedAt: Date | null;
};

/** Editions `viewer` may read, newest first (of one period, when given). */
export const listEditions = defineRead(
  "editions.list",
  "public",
  async (viewer, periodId?: string): Promise<EditionSummary[]> => {
    const editions = await getDb().reportEdition.findMany({
      where: { ...visibleEditions(viewer), ...(periodId ? { periodId } : {}) },
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
  },
);

/** Edition `number`, if `viewer` may read it. Once per request: a page and its metadata share it. */
export const getEdition = defineRead(
  "editions.get",
  "public",
  async (viewer, number: number) => {
    if (!Number.isInteger(number) || number < 1 || number > 1_000_000) return null;
    return getDb().reportEdition.findFirst({
      where: { number, ...visibleEditions(viewer) },
      select: {
        id: true,
        number: true,
        asOf: true,
        issuedAt: true,
        publishedAt: true,
        period: { select: { year: true, planId: true } },
      },
    });
  },
  { perRequest: true },
);

export type Edition = NonNullable<Awaited<ReturnType<typeof getEdition>>>;

/** Reads handed an edition check it again: nothing of an unpublished edition reaches the public. */
function readable(viewer: Viewer, edition: Edition): void {
  if (!mayReadEdition(viewer, edition)) notFound();
}

/** An edition's figures (optionally for one country, area…), over the frozen projects `viewer` may see. */
export const editionFigures = defineRead(
  "editions.figures",
  "public",
  async (viewer, edition: Edition, filter: Partial<DashboardFilter> = {}): Promise<Figures> => {
    readable(viewer, edition);
    return figures(
      editionSource(edition.id, visibleEditionProjectsSql(viewer)),
      filter,
      edition.period.planId,
    );
  },
);

export type EditionChange<Title = LocalizedText> = {
  code: string;
  title: Title;
  leadCountryCode: string;
  before: ProjectStatus | null;
  after: ProjectStatus;
};

export type EditionDiff<Title = LocalizedText> = {
  previous: number | null;
  newProjects: EditionChange<Title>[];
  statusChanges: EditionChange<Title>[];
  newlyCompleted: EditionChange<Title>[];
  newlyOverdue: EditionChange<Title>[];
};

const CHANGE_KINDS = ["newProjects", "statusChanges", "newlyCompleted", "newlyOverdue"] as const;

/**
 * What changed since the previous edition, computed in SQL by comparing the two frozen snapshots,
 * with every wording of the titles as frozen. The public compares published editions with the
 * previous published one.
 */
export const editionChanges = defineRead(
  "editions.changes",
  "public",
  async (viewer, edition: Edition): Promise<EditionDiff<StoredText>> => {
    readable(viewer, edition);
    const db = getDb();
    const visible = visibleEditionProjectsSql(viewer);
    const previous = await db.reportEdition.findFirst({
      where: { number: { lt: edition.number }, ...visibleEditions(viewer) },
      orderBy: { number: "desc" },
      select: { id: true, number: true },
    });
    const diff: EditionDiff<StoredText> = {
      previous: previous?.number ?? null,
      newProjects: [],
      statusChanges: [],
      newlyCompleted: [],
      newlyOverdue: [],
    };
    if (!previous) return diff;
    const rows = await db.$queryRaw<(EditionChange<StoredText> & { kind: (typeof CHANGE_KINDS)[number] })[]>`
    WITH now AS (SELECT * FROM "EditionProject" WHERE "editionId" = ${edition.id}::uuid AND ${visible}),
         was AS (SELECT * FROM "EditionProject" WHERE "editionId" = ${previous.id}::uuid AND ${visible})
    SELECT kind, n.code, n.title, n."leadCountryCode"::text AS "leadCountryCode", w.status::text AS before,
      n.status::text AS after
    FROM now n LEFT JOIN was w ON w.code = n.code
    CROSS JOIN LATERAL (VALUES
      (CASE WHEN w.code IS NULL THEN 'newProjects' END),
      (CASE WHEN w.code IS NOT NULL AND w.status <> n.status THEN 'statusChanges' END),
      (CASE WHEN n.status = 'completed' AND w.status IS DISTINCT FROM 'completed' THEN 'newlyCompleted' END),
      (CASE WHEN n.overdue AND NOT coalesce(w.overdue, false) THEN 'newlyOverdue' END)
    ) AS k(kind)
    WHERE kind IS NOT NULL
    ORDER BY n.code`;
    for (const { kind, ...change } of rows) diff[kind].push(change);
    return diff;
  },
);

/** What changed since the previous edition, with titles in `lng` (see editionChanges). */
export const editionDiff = defineRead(
  "editions.diff",
  "public",
  async (viewer, edition: Edition, lng: Locale): Promise<EditionDiff> => {
    const { previous, ...lists } = await editionChanges(viewer, edition);
    const localized = Object.fromEntries(
      CHANGE_KINDS.map((kind) => [
        kind,
        lists[kind].map((change) => ({ ...change, title: localize(change.title, lng) })),
      ]),
    ) as Omit<EditionDiff, "previous">;
    return { previous, ...localized };
  },
);

export type EditionNarrativeView = { countryCode: string; areaSlug: string; text: LocalizedText };

/** The countries' narratives as issued with the edition. */
export const editionNarratives = defineRead(
  "editions.narratives",
  "public",
  async (viewer, edition: Edition, lng: Locale): Promise<EditionNarrativeView[]> => {
    readable(viewer, edition);
    const rows = await getDb().editionNarrative.findMany({
      where: { editionId: edition.id },
      orderBy: [{ countryCode: "asc" }, { areaSlug: "asc" }],
    });
    return rows.map((row) => ({
      countryCode: row.countryCode,
      areaSlug: row.areaSlug,
      text: localize(storedTextSchema.parse(row.text), lng),
    }));
  },
);

export type NotableProject = { code: string; title: LocalizedText; status: ProjectStatus; progress: number };
export type NotableList = { items: NotableProject[]; total: number };

/** A country's completed and overdue projects in an edition (the first `limit` of each, and how many in all). */
export const notableProjects = defineRead(
  "editions.notable",
  "public",
  async (viewer, edition: Edition, countryCode: string, lng: Locale, limit: number = 15) => {
    readable(viewer, edition);
    const list = async (condition: Prisma.Sql): Promise<NotableList> => {
      const rows = await getDb().$queryRaw<
        { code: string; title: StoredText; status: ProjectStatus; progress: number; total: number }[]
      >`
        SELECT code, title, status::text AS status, progress, count(*) OVER ()::int AS total
        FROM "EditionProject"
        WHERE "editionId" = ${edition.id}::uuid AND ${visibleEditionProjectsSql(viewer)}
          AND ${countryCode} = ANY(countries) AND ${condition}
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
  },
);
