import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { Answer, Cell, Table } from "@/lib/http/api-route";
import { UnknownValue } from "@/lib/http/problem";
import { publicOrigin } from "@/lib/seo/alternates";
import { dateToDay } from "@/lib/validation/primitives";
import { decodeCursor, encodeCursor } from "./cursor";
import { requireKnownValues } from "./known-values";
import type { UpdateQuery } from "./params";
import { apiUrl } from "./links";
import type { ApiUpdate } from "./schemas";
import { apiText, textCell, textFor, type ApiLang, type ApiText } from "./text";

// Status updates as the public API gives them: only those of published projects, whoever asks,
// in the order of their last change then id, paged by keyset like the projects (docs/decisions/0026).

export const updateSelect = (lang: ApiLang) =>
  ({
    id: true,
    reportedOn: true,
    periodYear: true,
    status: true,
    progress: true,
    evidenceLinks: true,
    updatedAt: true,
    narrative: textFor(lang),
    milestones: textFor(lang),
    issues: textFor(lang),
    attachments: {
      orderBy: { createdAt: "asc" },
      select: { id: true, fileName: true, mediaType: true, size: true },
    },
  }) satisfies Prisma.StatusUpdateSelect;

type UpdateRow = Prisma.StatusUpdateGetPayload<{ select: ReturnType<typeof updateSelect> }>;

export function toApiUpdate(row: UpdateRow, projectCode: string, lang: ApiLang): ApiUpdate {
  return {
    id: row.id,
    project: projectCode,
    reportedOn: dateToDay(row.reportedOn),
    periodYear: row.periodYear,
    status: row.status,
    progress: row.progress,
    narrative: apiText(row.narrative, lang),
    milestones: row.milestones && apiText(row.milestones, lang),
    issues: row.issues && apiText(row.issues, lang),
    evidenceLinks: row.evidenceLinks,
    attachments: row.attachments.map((attachment) => ({
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      size: attachment.size,
      url: new URL(`/api/attachments/${attachment.id}`, publicOrigin()).toString(),
    })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const list = (values: string[]) => values.join("; ");
const optionalText = (text: ApiText | null) => (text ? textCell(text) : null);

const COLUMNS: [string, (update: ApiUpdate) => Cell][] = [
  ["id", (u) => u.id],
  ["project", (u) => u.project],
  ["reportedOn", (u) => u.reportedOn],
  ["periodYear", (u) => u.periodYear],
  ["status", (u) => u.status],
  ["progress", (u) => u.progress],
  ["narrative", (u) => textCell(u.narrative)],
  ["milestones", (u) => optionalText(u.milestones)],
  ["issues", (u) => optionalText(u.issues)],
  ["evidenceLinks", (u) => list(u.evidenceLinks)],
  ["attachments", (u) => list(u.attachments.map((attachment) => attachment.url))],
  ["updatedAt", (u) => u.updatedAt],
];

function updateColumns(updates: ApiUpdate[]): Table {
  return {
    fields: COLUMNS.map(([name]) => name),
    rows: updates.map((update) => COLUMNS.map(([, cell]) => cell(update))),
  };
}

/** The updates a list's filters select (the cursor aside); a project filter must name a published project. */
async function filteredWhere(query: UpdateQuery): Promise<Prisma.StatusUpdateWhereInput> {
  await requireKnownValues({ country: query.country });
  if (query.project && !(await getDb().project.count({ where: { code: query.project, published: true } }))) {
    throw new UnknownValue([{ parameter: "project", key: "param.project" }]);
  }
  return {
    project: {
      published: true,
      ...(query.project ? { code: query.project } : {}),
      ...(query.country ? { countries: { some: { countryCode: query.country } } } : {}),
    },
    ...(query.year ? { periodYear: query.year } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.updatedSince ? { updatedAt: { gte: new Date(query.updatedSince) } } : {}),
  };
}

/** One page of the published projects' status updates, in the order of their last change. */
export async function updateList(query: UpdateQuery): Promise<Answer> {
  const where = await filteredWhere(query);
  const after = query.cursor ? decodeCursor("updates", query.cursor) : null;
  const keyset: Prisma.StatusUpdateWhereInput = after
    ? {
        OR: [{ updatedAt: { gt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { gt: after.key } }],
      }
    : {};
  const db = getDb();
  const [rows, count] = await Promise.all([
    db.statusUpdate.findMany({
      where: { AND: [where, keyset] },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: query.limit + 1,
      relationLoadStrategy: "join",
      select: { ...updateSelect(query.lang), project: { select: { code: true } } },
    }),
    // Counted on the first page only, as for projects.
    after ? undefined : db.statusUpdate.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const { cursor: _cursor, ...rest } = query;
  const data = page.map((row) => toApiUpdate(row, row.project.code, query.lang));
  return {
    body: {
      data,
      links: {
        self: apiUrl("/updates", { ...rest, ...(query.cursor ? { cursor: query.cursor } : {}) }),
        next:
          rows.length > query.limit && last
            ? apiUrl("/updates", {
                ...rest,
                cursor: encodeCursor("updates", { updatedAt: last.updatedAt, key: last.id }),
              })
            : null,
      },
      meta: count === undefined ? {} : { count },
    },
    table: () => updateColumns(data),
  };
}
