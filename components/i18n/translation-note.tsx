import { languageName } from "@/lib/i18n/format";
import { needsNote, type LocalizedText } from "@/lib/i18n/localized-text";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { Notice } from "@/components/ui/notice";

/** The small note beside one text: a draft translation, or a text shown in another language. */
export async function TranslationNote({ text, lng }: { text: LocalizedText; lng: Locale }) {
  if (!needsNote(text)) return null;
  const t = await getT(lng);
  if (text.isFallback) {
    return (
      <span className="text-xs text-earth-600" data-testid="translation-missing">
        {t("translation.missing", {
          language: languageName(lng, lng),
          shown: languageName(text.locale, lng),
        })}
      </span>
    );
  }
  if (text.status === "stale") {
    return (
      <span
        className="text-xs text-earth-600"
        title={t("translation.staleHint")}
        data-testid="translation-stale"
      >
        {t("translation.stale")}
      </span>
    );
  }
  return (
    <span
      className="text-xs text-slate-600"
      title={t("translation.draftHint")}
      data-testid="translation-draft"
    >
      {t("translation.draft")}
    </span>
  );
}

/**
 * The mark beside a text of a list shown in another language than the page's ("in English"), so a
 * reader scanning a list sees which titles are not in theirs.
 */
export async function LanguageMark({ text, lng }: { text: LocalizedText; lng: Locale }) {
  if (!text.isFallback) return null;
  const t = await getT(lng);
  return (
    <span className="ml-2 whitespace-nowrap text-xs font-normal text-earth-600" data-testid="language-mark">
      {t("translation.inLanguage", { language: languageName(text.locale, lng) })}
    </span>
  );
}

/** The notice at the top of a page that shows draft or untranslated texts. */
export async function TranslationNotice({ texts, lng }: { texts: LocalizedText[]; lng: Locale }) {
  const drafts = texts.some((text) => !text.isFallback && text.status === "draft");
  const stale = texts.some((text) => !text.isFallback && text.status === "stale");
  const missing = texts.filter((text) => text.isFallback).length;
  if (!drafts && !stale && !missing) return null;
  const t = await getT(lng);
  return (
    <Notice tone="warning" role="note" className="mb-6 text-sm" data-testid="translation-notice">
      {drafts && <p>{t("translation.pageNotice")}</p>}
      {stale && <p>{t("translation.pageStale")}</p>}
      {missing > 0 && (
        <p>{t("translation.pageMissing", { count: missing, language: languageName(lng, lng) })}</p>
      )}
    </Notice>
  );
}
