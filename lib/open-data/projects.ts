import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { Answer } from "@/lib/http/api-route";
import { projectFilterSchema } from "@/lib/projects/filters";
import { projectWhere } from "@/lib/projects/queries";
import { projectSearch } from "@/lib/projects/search";
import { PUBLIC } from "@/lib/reads/define";
import { routes } from "@/lib/routes";
import { dateToDay } from "@/lib/validation/primitives";
import { decodeCursor, encodeCursor } from "./cursor";
import { apiUrl, pageUrl } from "./links";
import { requireKnownValues } from "./known-values";
import type { ProjectQuery } from "./params";
import { projectColumns } from "./project-columns";
import type { ApiProject } from "./schemas";
import { apiText, textFor, type ApiLang } from "./text";
import { toApiUpdate, updateSelect } from "./updates";

// Projects as the public API gives them: published ones only, whoever asks (the reads take no
// viewer), in the order of their last change then code, paged by keyset (docs/decisions/0026).

export const projectSelect = (lang: ApiLang) =>
  ({
    code: true,
    status: true,
    progress: true,
    approvalYear: true,
    leadCountryCode: true,
    sdgTargets: true,
    implementingAgencies: true,
    plannedStart: true,
    plannedEnd: true,
    actualStart: true,
    actualEnd: true,
    updatedAt: true,
    title: textFor(lang),
    summary: textFor(lang),
    pillar: { select: { slug: true } },
    areas: { select: { priorityArea: { select: { slug: true, position: true } } } },
    paragraphs: { select: { paragraph: { select: { citation: true } } } },
    countries: { select: { countryCode: true } },
    funding: { orderBy: { position: "asc" } },
    locations: { orderBy: { position: "asc" } },
  }) satisfies Prisma.ProjectSelect;

export type ProjectRow = Prisma.ProjectGetPayload<{ select: ReturnType<typeof projectSelect> }>;

const day = (value: Date | null) => (value ? dateToDay(value) : null);
const decimal = (value: Prisma.Decimal | null) => (value === null ? null : value.toFixed(2));

export function toApiProject(row: ProjectRow, lang: ApiLang): ApiProject {
  const others = row.countries
    .map((country) => country.countryCode)
    .filter((code) => code !== row.leadCountryCode);
  return {
    code: row.code,
    title: apiText(row.title, lang),
    summary: apiText(row.summary, lang),
    status: row.status,
    progress: row.progress,
    approvalYear: row.approvalYear,
    leadCountry: row.leadCountryCode,
    countries: [row.leadCountryCode, ...others.sort()],
    pillar: row.pillar.slug,
    priorityAreas: row.areas
      .map((area) => area.priorityArea)
      .sort((a, b) => a.position - b.position)
      .map((area) => area.slug),
    paragraphs: row.paragraphs.map((link) => link.paragraph.citation).sort(),
    sdgTargets: row.sdgTargets,
    implementingAgencies: row.implementingAgencies,
    plannedStart: day(row.plannedStart),
    plannedEnd: day(row.plannedEnd),
    actualStart: day(row.actualStart),
    actualEnd: day(row.actualEnd),
    funding: row.funding.map((line) => ({
      source: line.source,
      currency: line.currency,
      amount: decimal(line.amount)!,
      disbursed: decimal(line.disbursed),
    })),
    locations: row.locations.map((location) => ({
      country: location.countryCode,
      province: location.province,
      latitude: location.latitude === null ? null : Number(location.latitude),
      longitude: location.longitude === null ? null : Number(location.longitude),
    })),
    updatedAt: row.updatedAt.toISOString(),
    links: {
      self: apiUrl(`/projects/${row.code}`, lang === "en" ? {} : { lang }),
      page: pageUrl(routes.project(lang === "all" ? "en" : lang, row.code)),
    },
  };
}

/** The published projects a list's filters select (the cursor aside). */
async function filteredWhere(query: ProjectQuery): Promise<Prisma.ProjectWhereInput> {
  await requireKnownValues(query);
  const filter = projectFilterSchema.parse({ ...query, q: undefined });
  const search = await projectSearch(query.q);
  return {
    AND: [
      projectWhere(PUBLIC, filter),
      query.updatedSince ? { updatedAt: { gte: new Date(query.updatedSince) } } : {},
      search ? { OR: [search.direct, ...(search.named ? [search.named] : [])] } : {},
    ],
  };
}

/** One page of published projects, in the order of their last change. */
export async function projectList(query: ProjectQuery): Promise<Answer> {
  const where = await filteredWhere(query);
  const after = query.cursor ? decodeCursor("projects", query.cursor) : null;
  const keyset: Prisma.ProjectWhereInput = after
    ? {
        OR: [{ updatedAt: { gt: after.updatedAt } }, { updatedAt: after.updatedAt, code: { gt: after.key } }],
      }
    : {};
  const db = getDb();
  const [rows, count] = await Promise.all([
    db.project.findMany({
      where: { AND: [where, keyset] },
      orderBy: [{ updatedAt: "asc" }, { code: "asc" }],
      take: query.limit + 1,
      relationLoadStrategy: "join",
      select: projectSelect(query.lang),
    }),
    // Counted on the first page only: a harvester going on has it already.
    after ? undefined : db.project.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const { cursor: _cursor, ...rest } = query;
  const data = page.map((row) => toApiProject(row, query.lang));
  return {
    body: {
      data,
      links: {
        self: apiUrl("/projects", { ...rest, ...(query.cursor ? { cursor: query.cursor } : {}) }),
        next:
          rows.length > query.limit && last
            ? apiUrl("/projects", {
                ...rest,
                cursor: encodeCursor("projects", { updatedAt: last.updatedAt, key: last.code }),
              })
            : null,
      },
      meta: count === undefined ? {} : { count },
    },
    table: () => projectColumns(data),
  };
}

/** A published project with its status updates, newest first, or null. */
export async function projectDetail(
  query: { lang: ApiLang },
  { code }: { code: string },
): Promise<Answer | null> {
  const row = await getDb().project.findFirst({
    where: { code, published: true },
    select: {
      ...projectSelect(query.lang),
      updates: {
        orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
        select: updateSelect(query.lang),
      },
    },
  });
  if (!row) return null;
  const updates = row.updates.map((update) => toApiUpdate(update, row.code, query.lang));
  return { body: { data: { ...toApiProject(row, query.lang), updates } } };
}
