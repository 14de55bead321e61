import "server-only";
import type { Locale } from "@/lib/i18n/settings";
import type { Tx } from "@/lib/mutations/define";

/** A new Text whose only wording is the source, in the author's language. */
export async function createSourceText(tx: Tx, locale: Locale, value: string): Promise<string> {
  const text = await tx.text.create({
    data: { sourceLocale: locale, translations: { create: { locale, value, status: "source" } } },
  });
  return text.id;
}
