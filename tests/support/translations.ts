// Texts with a source and some translations, for the translation desk's tests.
import type { Db } from "@/lib/db/create-client";
import type { Locale } from "@/lib/i18n/settings";

type Wording = { value: string; status: "draft" | "reviewed" };

export async function createTestText(
  db: Db,
  sourceLocale: Locale,
  source: string,
  translations: Partial<Record<Locale, Wording>> = {},
): Promise<string> {
  const rows = [
    { locale: sourceLocale, value: source, status: "source" as const },
    ...Object.entries(translations).map(([locale, wording]) => ({
      locale: locale as Locale,
      value: wording!.value,
      status: wording!.status,
      sourceValue: source,
    })),
  ];
  return (await db.text.create({ data: { sourceLocale, translations: { create: rows } } })).id;
}

export async function translationOf(db: Db, textId: string, locale: Locale) {
  return db.textTranslation.findUnique({ where: { textId_locale: { textId, locale } } });
}
