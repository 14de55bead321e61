import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/settings";
import { defineRead, requireRight } from "@/lib/reads/define";
import { fieldOfText, fieldsOf, type FieldKind, type FieldScope } from "./fields";
import type { TranslationState } from "./schemas";

export const WORKSPACE_PAGE_SIZE = 50;

export type WorkspaceRow = {
  textId: string;
  kind: FieldKind;
  ref: string;
  sourceLocale: Locale;
  source: string;
  target: string | null;
  version: number | null;
  status: "missing" | "draft" | "stale" | "reviewed";
};

export type Workspace = {
  counts: Record<Exclude<TranslationState, "all">, number>;
  rows: WorkspaceRow[];
  total: number;
};

/** The state of a text's translation into `locale`: missing (no wording), draft, stale or reviewed. */
const stateOf = Prisma.sql`CASE WHEN tr.value IS NULL OR tr.value = '' THEN 'missing' ELSE tr.status::text END`;

/** The texts of a scope that a translator of `locale` works on (not those written in `locale`). */
export const getWorkspace = defineRead(
  "translations.workspace",
  "translations.edit",
  async (
    viewer,
    locale: Locale,
    scope: FieldScope,
    state: TranslationState,
    page: number | "all",
  ): Promise<Workspace> => {
    requireRight(viewer, "translations.edit", { locale });
    const db = getDb();
    const base = Prisma.sql`
    WITH f AS (${fieldsOf(scope)})
    SELECT f."textId", f.kind, f.ref, f.sort1, f.sort2, t."sourceLocale", src.value AS source,
      tr.value AS target, tr.version, ${stateOf} AS status
      FROM f
      JOIN "Text" t ON t.id = f."textId" AND t."sourceLocale" <> ${locale}::"Locale"
      JOIN "TextTranslation" src ON src."textId" = f."textId" AND src.locale = t."sourceLocale"
      LEFT JOIN "TextTranslation" tr ON tr."textId" = f."textId" AND tr.locale = ${locale}::"Locale"`;
    const filter = state === "all" ? Prisma.empty : Prisma.sql`WHERE status = ${state}`;
    const [counts, rows] = await Promise.all([
      db.$queryRaw<
        { status: WorkspaceRow["status"]; count: number }[]
      >`SELECT status, count(*)::int AS count FROM (${base}) x GROUP BY status`,
      db.$queryRaw<WorkspaceRow[]>`
      SELECT "textId", kind, ref, "sourceLocale", source, target, version, status FROM (${base}) x ${filter}
       ORDER BY sort1, sort2, ref ${
         page === "all"
           ? Prisma.empty
           : Prisma.sql`LIMIT ${WORKSPACE_PAGE_SIZE}
         OFFSET ${(page - 1) * WORKSPACE_PAGE_SIZE}`
       }`,
    ]);
    const byState = { missing: 0, draft: 0, stale: 0, reviewed: 0 };
    for (const row of counts) byState[row.status] = row.count;
    const total =
      state === "all" ? Object.values(byState).reduce((sum, count) => sum + count, 0) : byState[state];
    return { counts: byState, rows, total };
  },
);

export type TranslationDetail = {
  textId: string;
  kind: FieldKind | null;
  ref: string | null;
  sourceLocale: Locale;
  source: string;
  english: string | null;
  target: {
    value: string;
    status: "draft" | "reviewed" | "stale";
    version: number;
    sourceValue: string | null;
    updatedAt: Date;
    updatedBy: string | null;
    reviewedAt: Date | null;
    reviewedBy: string | null;
  } | null;
};

export const getTranslationDetail = defineRead(
  "translations.detail",
  "translations.edit",
  async (viewer, textId: string, locale: Locale): Promise<TranslationDetail | null> => {
    requireRight(viewer, "translations.edit", { locale });
    if (!z.uuid().safeParse(textId).success) return null;
    const db = getDb();
    const text = await db.text.findUnique({
      where: { id: textId },
      select: {
        sourceLocale: true,
        translations: {
          select: {
            locale: true,
            value: true,
            status: true,
            version: true,
            sourceValue: true,
            updatedAt: true,
            reviewedAt: true,
            updatedBy: { select: { name: true } },
            reviewedBy: { select: { name: true } },
          },
        },
      },
    });
    if (!text) return null;
    const source = text.translations.find((translation) => translation.locale === text.sourceLocale);
    if (!source) return null;
    const target = text.translations.find(
      (translation) => translation.locale === locale && translation.status !== "source",
    );
    const [where] = await db.$queryRaw<{ kind: FieldKind; ref: string }[]>(fieldOfText(textId));
    return {
      textId,
      kind: where?.kind ?? null,
      ref: where?.ref ?? null,
      sourceLocale: text.sourceLocale,
      source: source.value,
      english:
        text.sourceLocale === "en"
          ? null
          : (text.translations.find((translation) => translation.locale === "en")?.value ?? null),
      target:
        target && target.status !== "source"
          ? {
              value: target.value,
              status: target.status,
              version: target.version,
              sourceValue: target.sourceValue,
              updatedAt: target.updatedAt,
              updatedBy: target.updatedBy?.name ?? null,
              reviewedAt: target.reviewedAt,
              reviewedBy: target.reviewedBy?.name ?? null,
            }
          : null,
    };
  },
);

export type GlossaryEntry = {
  textId: string;
  kind: FieldKind;
  ref: string;
  sourceLocale: Locale;
  wordings: Partial<Record<Locale, { value: string; status: string }>>;
};

/** The glossary: every fixed name of the cooperation with its wording and status in each locale. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  const rows = await getDb().$queryRaw<
    {
      textId: string;
      kind: FieldKind;
      ref: string;
      sourceLocale: Locale;
      locale: Locale;
      value: string;
      status: string;
    }[]
  >`
    SELECT g."textId", g.kind, g.ref, t."sourceLocale", tr.locale, tr.value, tr.status::text AS status
      FROM (${fieldsOf({ kind: "glossary" })}) g
      JOIN "Text" t ON t.id = g."textId"
      JOIN "TextTranslation" tr ON tr."textId" = g."textId"
     ORDER BY g.sort1, g.sort2, g.ref`;
  const entries = new Map<string, GlossaryEntry>();
  for (const row of rows) {
    const entry = entries.get(row.textId) ?? {
      textId: row.textId,
      kind: row.kind,
      ref: row.ref,
      sourceLocale: row.sourceLocale,
      wordings: {},
    };
    entry.wordings[row.locale] = { value: row.value, status: row.status };
    entries.set(row.textId, entry);
  }
  return [...entries.values()];
}

/** Glossary entries whose wording in the source's language (or English) occurs in `source`. */
export function glossaryFor(
  glossary: GlossaryEntry[],
  sourceLocale: Locale,
  source: string,
): GlossaryEntry[] {
  const haystack = source.toLowerCase();
  return glossary.filter((entry) =>
    [entry.wordings[sourceLocale]?.value, entry.wordings.en?.value]
      .flatMap((value) => (value ? value.split(/\s+\/\s+|（|）|\(|\)/) : []))
      .some((wording) => wording.trim().length > 1 && haystack.includes(wording.trim().toLowerCase())),
  );
}

export type LocaleCoverage = {
  locale: Locale;
  kind: "paragraph" | "projectTitle";
  state: "source" | "reviewed" | "draft" | "stale" | "missing";
  count: number;
};

/**
 * Per locale, how the plan's paragraphs and the published projects' titles stand, counted in SQL:
 * the wordings that exist are counted by state in one pass over the translations, and "missing" is
 * what remains of each kind's total (no cross product of texts and locales).
 */
export async function getTranslationCoverage(planId: string): Promise<LocaleCoverage[]> {
  return getDb().$queryRaw<LocaleCoverage[]>`
    WITH f AS (
      SELECT "bodyId" AS "textId", 'paragraph' AS kind FROM "Paragraph" WHERE "planId" = ${planId}::uuid
        AND "retiredAt" IS NULL
      UNION ALL
      SELECT "titleId", 'projectTitle' FROM "Project" WHERE published
    ),
    present AS (
      SELECT tr.locale::text AS locale, f.kind, tr.status::text AS state, count(*)::int AS count
        FROM f JOIN "TextTranslation" tr ON tr."textId" = f."textId" AND tr.value <> ''
       GROUP BY 1, 2, 3
    ),
    totals AS (SELECT kind, count(*)::int AS total FROM f GROUP BY kind)
    SELECT locale, kind, state, count FROM present
    UNION ALL
    SELECT l.locale::text, t.kind, 'missing', t.total - coalesce(sum(p.count), 0)::int
      FROM totals t
     CROSS JOIN unnest(enum_range(NULL::"Locale")) AS l(locale)
      LEFT JOIN present p ON p.kind = t.kind AND p.locale = l.locale::text
     GROUP BY l.locale, t.kind, t.total
    HAVING t.total - coalesce(sum(p.count), 0) > 0`;
}
