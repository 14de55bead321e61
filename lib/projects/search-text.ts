import "server-only";
import type { Tx } from "@/lib/mutations/define";

/**
 * Rebuilds a project's search text from its code and every wording of its title and summary, in
 * SQL. The trigram index on it serves substring search in any script, including Thai, Lao, Khmer
 * and Burmese, which do not separate words with spaces.
 */
export async function refreshSearchText(tx: Tx, projectId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Project" p SET "searchText" = lower(p.code || ' ' || coalesce((
      SELECT string_agg(tt.value, ' ' ORDER BY tt."textId", tt.locale)
      FROM "TextTranslation" tt WHERE tt."textId" IN (p."titleId", p."summaryId")
    ), ''))
    WHERE p.id = ${projectId}::uuid`;
}
