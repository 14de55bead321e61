import "server-only";
import { randomUUID } from "node:crypto";
import type { Locale } from "@/lib/i18n/settings";
import type { Tx } from "@/lib/mutations/define";

/**
 * A new Text whose only wording is the source, in the author's language: one statement (a nested
 * create takes three), since a project or status update writes two or three of them.
 */
export async function createSourceText(tx: Tx, locale: Locale, value: string): Promise<string> {
  const id = randomUUID();
  await tx.$executeRaw`
    WITH text AS (
      INSERT INTO "Text" (id, "sourceLocale", "updatedAt") VALUES (${id}::uuid, ${locale}::"Locale", now())
      RETURNING id
    )
    INSERT INTO "TextTranslation" ("textId", locale, value, status, "updatedAt")
    SELECT id, ${locale}::"Locale", ${value}, 'source', now() FROM text`;
  return id;
}
