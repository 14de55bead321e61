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

/**
 * Writes the wording of a Text in `locale`: the source when that is the text's source locale,
 * otherwise a draft translation. Returns the wording it replaced (for the audit trail).
 */
export async function writeWording(
  tx: Tx,
  textId: string,
  locale: Locale,
  value: string,
): Promise<string | null> {
  const text = await tx.text.findUniqueOrThrow({
    where: { id: textId },
    select: { sourceLocale: true, translations: { where: { locale } } },
  });
  const before = text.translations[0]?.value ?? null;
  if (before === value) return before;
  const status = text.sourceLocale === locale ? "source" : "draft";
  await tx.textTranslation.upsert({
    where: { textId_locale: { textId, locale } },
    create: { textId, locale, value, status },
    update: { value, status },
  });
  await tx.text.update({ where: { id: textId }, data: { updatedAt: new Date() } });
  return before;
}
