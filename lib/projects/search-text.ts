import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { indexForSearch, SEARCH_INDEX_VERSION } from "@/lib/search/encode";

type Client = Prisma.TransactionClient;
const BATCH = 500;

/** Rewrites a project's search columns from its code and every wording of its title and summary. */
export async function refreshSearchText(tx: Client, projectId: string): Promise<void> {
  await reindexProjects(tx, [projectId]);
}

/**
 * Rewrites the search columns of these projects (lib/search/encode.ts): segmentation needs ICU's
 * dictionaries, which Node has and PostgreSQL has not, so the index is computed here and written
 * in one statement per batch.
 */
export async function reindexProjects(db: Client, ids: readonly string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += BATCH) {
    const projects = await db.project.findMany({
      where: { id: { in: ids.slice(start, start + BATCH) } },
      select: {
        id: true,
        code: true,
        title: { select: { translations: { select: { value: true } } } },
        summary: { select: { translations: { select: { value: true } } } },
      },
    });
    const rows = projects.map((project) => {
      const titles = project.title.translations.map((translation) => translation.value);
      const summaries = project.summary.translations.map((translation) => translation.value);
      const all = indexForSearch(project.code, ...titles, ...summaries);
      const title = indexForSearch(...titles);
      return {
        id: project.id,
        text: all.text,
        tokens: all.tokens,
        title: title.text,
        titleTokens: title.tokens,
      };
    });
    if (!rows.length) continue;
    await db.$executeRaw`
      UPDATE "Project" p SET "searchText" = v.text, "searchTokens" = v.tokens, "searchTitle" = v.title,
        "searchTitleTokens" = v."titleTokens", "searchVersion" = ${SEARCH_INDEX_VERSION}
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS v(id uuid, text text, tokens text[], title text, "titleTokens" text[])
      WHERE p.id = v.id`;
  }
}

/** Projects indexed with an older format (or never): rewritten when the server starts and after seeding. */
export async function reindexStaleProjects(db: Client): Promise<number> {
  const stale = await db.project.findMany({
    where: { searchVersion: { lt: SEARCH_INDEX_VERSION } },
    select: { id: true },
  });
  await reindexProjects(
    db,
    stale.map((project) => project.id),
  );
  return stale.length;
}
