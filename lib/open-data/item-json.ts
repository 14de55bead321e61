import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { defaultLocale, locales } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";
import { apiUrl, pageUrl } from "./links";
import type { ApiLang } from "./text";

// Projects and status updates as the API gives them (the Project and StatusUpdate schemas of
// ./schemas.ts), written as JSON text by PostgreSQL: a page of 100 projects is one statement whose
// text goes into the response as it is, with no rows to parse and no objects to build and
// serialize again in the server (docs/decisions/0026). The contract tests validate these texts
// against the OpenAPI document generated from the same schemas.

const localeOrder = [...locales];

/**
 * SQL: a JSON object with these members in this order, written without spaces (a record's
 * `row_to_json`: `json_build_object` puts a space around every colon and comma).
 */
function object(members: Record<string, Prisma.Sql>): Prisma.Sql {
  const columns = Object.entries(members).map(
    ([name, value]) => Prisma.sql`${value} AS ${Prisma.raw(`"${name}"`)}`,
  );
  return Prisma.sql`row_to_json((SELECT r FROM (SELECT ${Prisma.join(columns)}) r))`;
}

/** SQL: a JSON array of `item` over the rows of `from` in `order`; `[]` when there are none. */
const arrayOf = (item: Prisma.Sql, from: Prisma.Sql, order: Prisma.Sql) =>
  Prisma.sql`(SELECT coalesce(array_to_json(array_agg(${item} ORDER BY ${order})), '[]') FROM ${from})`;

/** SQL: a JSON array of the strings of a list query, in its order. */
const stringsOf = (query: Prisma.Sql) => Prisma.sql`array_to_json(ARRAY(${query}))`;

const wording = object({
  value: Prisma.sql`w.value`,
  locale: Prisma.sql`w.locale`,
  status: Prisma.sql`w.status`,
});

/**
 * SQL: the text `textId` as the API gives it (lib/open-data/text.ts): with one language, the
 * wording in it, else English, else the source, and which it is; with lang=all every wording, the
 * source first, then in the order of the locales. Empty wordings do not count.
 */
function textJson(textId: Prisma.Sql, lang: ApiLang): Prisma.Sql {
  const wordings = Prisma.sql`"TextTranslation" w JOIN "Text" x ON x.id = w."textId"`;
  if (lang === "all") {
    return arrayOf(
      wording,
      Prisma.sql`${wordings} WHERE w."textId" = ${textId} AND w.value <> ''`,
      Prisma.sql`w.locale = x."sourceLocale" DESC, array_position(${localeOrder}::text[], w.locale::text)`,
    );
  }
  return Prisma.sql`(SELECT ${wording} FROM ${wordings}
      WHERE w."textId" = ${textId} AND w.value <> ''
        AND (w.locale IN (${lang}::"Locale", ${defaultLocale}::"Locale")
             OR (w.locale = x."sourceLocale" AND w.status = 'source'))
      ORDER BY w.locale = ${lang}::"Locale" DESC, w.locale = ${defaultLocale}::"Locale" DESC
      LIMIT 1)`;
}

const optionalTextJson = (textId: Prisma.Sql, lang: ApiLang) =>
  Prisma.sql`CASE WHEN ${textId} IS NULL THEN NULL ELSE ${textJson(textId, lang)} END`;

const day = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD')`;
const instant = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** An address with a key in it, as the SQL `prefix || key || suffix`. */
function addressAround(address: (key: string) => string, key: Prisma.Sql): Prisma.Sql {
  // Any key in use: project codes ([A-Z0-9-]) and ids (UUIDs), which an address carries as they are.
  const marker = "KEY-MARKER";
  const [prefix, suffix] = address(marker).split(marker) as [string, string];
  return Prisma.sql`(${prefix} || ${key} || ${suffix})`;
}

/** SQL: the JSON of the project `p` (an alias of "Project"). */
function projectJson(lang: ApiLang): Prisma.Sql {
  const code = Prisma.sql`p.code`;
  const selfLink = addressAround((c) => apiUrl(`/projects/${c}`, lang === "en" ? {} : { lang }), code);
  const pageLink = addressAround(
    (c) => pageUrl(routes.project(lang === "all" ? defaultLocale : lang, c)),
    code,
  );
  return object({
    code,
    title: textJson(Prisma.sql`p."titleId"`, lang),
    summary: textJson(Prisma.sql`p."summaryId"`, lang),
    status: Prisma.sql`p.status`,
    progress: Prisma.sql`p.progress`,
    approvalYear: Prisma.sql`p."approvalYear"`,
    leadCountry: Prisma.sql`p."leadCountryCode"`,
    // The lead first, then the others by code.
    countries: Prisma.sql`array_to_json(ARRAY[p."leadCountryCode"::text] || ARRAY(
      SELECT c."countryCode"::text FROM "ProjectCountry" c
      WHERE c."projectId" = p.id AND c."countryCode" <> p."leadCountryCode"
      ORDER BY c."countryCode" COLLATE "C"))`,
    pillar: Prisma.sql`(SELECT slug FROM "Pillar" WHERE id = p."pillarId")`,
    priorityAreas: stringsOf(Prisma.sql`SELECT a.slug FROM "ProjectArea" pa
      JOIN "PriorityArea" a ON a.id = pa."priorityAreaId" WHERE pa."projectId" = p.id ORDER BY a.position`),
    paragraphs: stringsOf(Prisma.sql`SELECT g.citation FROM "ProjectParagraph" pg
      JOIN "Paragraph" g ON g.id = pg."paragraphId" WHERE pg."projectId" = p.id ORDER BY g.citation COLLATE "C"`),
    sdgTargets: Prisma.sql`array_to_json(p."sdgTargets")`,
    implementingAgencies: Prisma.sql`p."implementingAgencies"`,
    plannedStart: day(Prisma.sql`p."plannedStart"`),
    plannedEnd: day(Prisma.sql`p."plannedEnd"`),
    actualStart: day(Prisma.sql`p."actualStart"`),
    actualEnd: day(Prisma.sql`p."actualEnd"`),
    funding: arrayOf(
      object({
        source: Prisma.sql`f.source`,
        currency: Prisma.sql`f.currency`,
        amount: Prisma.sql`f.amount::text`,
        disbursed: Prisma.sql`f.disbursed::text`,
      }),
      Prisma.sql`"FundingLine" f WHERE f."projectId" = p.id`,
      Prisma.sql`f.position`,
    ),
    locations: arrayOf(
      object({
        country: Prisma.sql`l."countryCode"`,
        province: Prisma.sql`l.province`,
        latitude: Prisma.sql`l.latitude::float8`,
        longitude: Prisma.sql`l.longitude::float8`,
      }),
      Prisma.sql`"ProjectLocation" l WHERE l."projectId" = p.id`,
      Prisma.sql`l.position`,
    ),
    updatedAt: instant(Prisma.sql`p."updatedAt"`),
    links: object({ self: selfLink, page: pageLink }),
  });
}

/** SQL: the JSON of the status update `u` of the project `p`. */
function updateJson(lang: ApiLang): Prisma.Sql {
  return object({
    id: Prisma.sql`u.id`,
    project: Prisma.sql`p.code`,
    reportedOn: day(Prisma.sql`u."reportedOn"`),
    periodYear: Prisma.sql`u."periodYear"`,
    status: Prisma.sql`u.status`,
    progress: Prisma.sql`u.progress`,
    narrative: textJson(Prisma.sql`u."narrativeId"`, lang),
    milestones: optionalTextJson(Prisma.sql`u."milestonesId"`, lang),
    issues: optionalTextJson(Prisma.sql`u."issuesId"`, lang),
    evidenceLinks: Prisma.sql`array_to_json(u."evidenceLinks")`,
    attachments: arrayOf(
      object({
        fileName: Prisma.sql`a."fileName"`,
        mediaType: Prisma.sql`a."mediaType"`,
        size: Prisma.sql`a.size`,
        url: addressAround((id) => pageUrl(routes.api.attachment(id)), Prisma.sql`a.id::text`),
      }),
      Prisma.sql`"Attachment" a WHERE a."updateId" = u.id`,
      Prisma.sql`a."createdAt"`,
    ),
    updatedAt: instant(Prisma.sql`u."updatedAt"`),
  });
}

type JsonRow = { json: string };
const texts = (rows: JsonRow[]) => rows.map((row) => row.json);

/**
 * The JSON texts of the projects `ids` that are published, in that order. The caller picked the
 * ids under the same rule; checking it again here keeps a project unpublished in between out.
 */
export async function projectsJson(ids: string[], lang: ApiLang): Promise<string[]> {
  if (!ids.length) return [];
  return texts(
    await getDb().$queryRaw<JsonRow[]>`
      SELECT ${projectJson(lang)}::text AS json
      FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS picked(id, n) JOIN "Project" p ON p.id = picked.id
      WHERE p.published
      ORDER BY picked.n`,
  );
}

/** The JSON texts of the status updates `ids` of published projects, in that order (as above). */
export async function updatesJson(ids: string[], lang: ApiLang): Promise<string[]> {
  if (!ids.length) return [];
  return texts(
    await getDb().$queryRaw<JsonRow[]>`
      SELECT ${updateJson(lang)}::text AS json
      FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS picked(id, n)
        JOIN "StatusUpdate" u ON u.id = picked.id JOIN "Project" p ON p.id = u."projectId"
      WHERE p.published
      ORDER BY picked.n`,
  );
}
