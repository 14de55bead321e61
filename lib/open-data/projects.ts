import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { Answer } from "@/lib/http/api-route";
import { jsonArray, RawJson } from "@/lib/http/body-json";
import { projectFilterSchema } from "@/lib/projects/filters";
import { projectWhere } from "@/lib/projects/queries";
import { projectSearch } from "@/lib/projects/search";
import { PUBLIC } from "@/lib/reads/define";
import { decodeCursor, encodeCursor } from "./cursor";
import { projectsJson, updatesJson } from "./item-json";
import { apiUrl } from "./links";
import { requireKnownValues } from "./known-values";
import type { ProjectQuery } from "./params";
import { projectColumns } from "./project-columns";
import type { ApiProject } from "./schemas";
import type { ApiLang } from "./text";

// Projects as the public API gives them: published ones only, whoever asks (the reads take no
// viewer), in the order of their last change then code, paged by keyset (docs/decisions/0026).
// Which projects a page holds is asked through Prisma; their JSON is written by PostgreSQL
// (./item-json.ts).

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
      select: { id: true, code: true, updatedAt: true },
    }),
    // Counted on the first page only: a harvester going on has it already.
    after ? undefined : db.project.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const { cursor: _cursor, ...rest } = query;
  const data = jsonArray(
    await projectsJson(
      page.map((row) => row.id),
      query.lang,
    ),
  );
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
    table: () => projectColumns(JSON.parse(data.text) as ApiProject[]),
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
      id: true,
      // The newest first; the id orders updates made at the same moment the same way every time.
      updates: {
        orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
        select: { id: true },
      },
    },
  });
  if (!row) return null;
  const [[project], updates] = await Promise.all([
    projectsJson([row.id], query.lang),
    updatesJson(
      row.updates.map((update) => update.id),
      query.lang,
    ),
  ]);
  // Deleted between the two statements: gone, as if a moment later.
  if (!project) return null;
  // The project's members, then its updates.
  return { body: { data: new RawJson(`${project.slice(0, -1)},"updates":${jsonArray(updates).text}}`) } };
}
