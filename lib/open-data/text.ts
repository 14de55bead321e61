// Texts as the API gives them: in the requested language with the pages' fallback chain, saying
// which locale each wording is in and how far it is translated; or, with lang=all, every wording.
import { z } from "zod";
import { localize, TRANSLATION_STATUSES, type StoredText } from "@/lib/i18n/localized-text";
import { defaultLocale, locales, type Locale } from "@/lib/i18n/settings";

export const API_LANGS = [...locales, "all"] as const;
export type ApiLang = (typeof API_LANGS)[number];

const wording = z.object({
  value: z.string(),
  locale: z.enum(locales).meta({ description: "The locale this wording is in." }),
  status: z.enum(TRANSLATION_STATUSES).meta({
    description:
      "source: the original; reviewed: a translation checked by a reviewer; draft: not yet reviewed; stale: made from an earlier source text.",
  }),
});

export const textSchema = z
  .union([
    wording.meta({
      id: "Text",
      description:
        "A text in the requested language, else English, else its source language (the pages' fallback chain): `locale` says which.",
    }),
    z.array(wording).meta({
      id: "TextInAllLocales",
      description: "With lang=all: every wording of the text, the source first.",
    }),
  ])
  .meta({ id: "LocalizedText" });
export type ApiText = z.infer<typeof textSchema>;

/** Prisma `select` for a Text relation: the wordings `lang` can show (all of them for lang=all). */
export function textFor(lang: ApiLang) {
  const where =
    lang === "all" ? {} : { OR: [{ locale: { in: [lang, defaultLocale] } }, { status: "source" as const }] };
  return {
    select: {
      sourceLocale: true,
      translations: { where, select: { locale: true, value: true, status: true } },
    },
  };
}

export function apiText(text: StoredText, lang: ApiLang): ApiText {
  if (lang !== "all") {
    const { value, locale, status } = localize(text, lang);
    return { value, locale, status };
  }
  const rank = (locale: Locale) => (locale === text.sourceLocale ? -1 : locales.indexOf(locale));
  return text.translations
    .filter((translation) => translation.value)
    .sort((a, b) => rank(a.locale) - rank(b.locale))
    .map(({ value, locale, status }) => ({ value, locale, status }));
}

/** A text as one CSV cell: its wording, or with lang=all each wording prefixed by its locale. */
export function textCell(text: ApiText): string {
  return Array.isArray(text)
    ? text.map((wording) => `[${wording.locale}] ${wording.value}`).join("\n")
    : text.value;
}
