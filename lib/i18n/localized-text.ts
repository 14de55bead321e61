// Which wording of a text a reader sees. The fallback chain: the requested locale, else English
// (the cooperation's working language), else the source text. See docs/decisions/0003-*.md.
import { z } from "zod";
import { defaultLocale, locales, type Locale } from "./settings";

export const TRANSLATION_STATUSES = ["source", "draft", "reviewed", "stale"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** A text with its wordings as stored in a frozen snapshot (report editions, submitted contributions). */
export const storedTextSchema = z.object({
  sourceLocale: z.enum(locales),
  translations: z.array(
    z.object({ locale: z.enum(locales), value: z.string(), status: z.enum(TRANSLATION_STATUSES) }),
  ),
});
export type StoredText = z.infer<typeof storedTextSchema>;
export type StoredTranslation = StoredText["translations"][number];

export type LocalizedText = {
  value: string;
  /** The locale of `value`; differs from the requested one when the text fell back. */
  locale: Locale;
  status: TranslationStatus;
  /** No wording exists yet in the requested locale. */
  isFallback: boolean;
};

export function localize(text: StoredText, requested: Locale): LocalizedText {
  const find = (locale: Locale) =>
    text.translations.find((translation) => translation.locale === locale && translation.value);
  const exact = find(requested);
  if (exact) return { value: exact.value, locale: exact.locale, status: exact.status, isFallback: false };
  const fallback = find(defaultLocale) ?? find(text.sourceLocale);
  if (!fallback) throw new Error("A text has neither an English nor a source wording.");
  return { value: fallback.value, locale: fallback.locale, status: fallback.status, isFallback: true };
}

/** Whether the reader should be told about the wording they see. */
export function needsNote(text: LocalizedText): boolean {
  return text.isFallback || text.status === "draft" || text.status === "stale";
}

/** Prisma `select` for a Text relation: only the wordings the chain for `requested` can pick. */
export function textOf(requested: Locale) {
  return {
    select: {
      sourceLocale: true,
      translations: {
        where: { OR: [{ locale: { in: [requested, defaultLocale] } }, { status: "source" as const }] },
        select: { locale: true, value: true, status: true },
      },
    },
  };
}
