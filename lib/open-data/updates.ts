import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { Answer, Cell, Table } from "@/lib/http/api-route";
import { jsonArray } from "@/lib/http/body-json";
import { UnknownValue } from "@/lib/http/problem";
import { decodeCursor, encodeCursor } from "./cursor";
import { updatesJson } from "./item-json";
import { requireKnownValues } from "./known-values";
import type { UpdateQuery } from "./params";
import { apiUrl } from "./links";
import type { ApiUpdate } from "./schemas";
import { textCell, type ApiText } from "./text";

// Status updates as the public API gives them: only those of published projects, whoever asks,
// in the order of their last change then id, paged by keyset like the projects (docs/decisions/0026),
// their JSON written by PostgreSQL (./item-json.ts).

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
      select: { id: true, updatedAt: true },
    }),
    // Counted on the first page only, as for projects.
    after ? undefined : db.statusUpdate.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const { cursor: _cursor, ...rest } = query;
  const data = jsonArray(
    await updatesJson(
      page.map((row) => row.id),
      query.lang,
    ),
  );
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
    table: () => updateColumns(JSON.parse(data.text) as ApiUpdate[]),
  };
}
