import { getT } from "@/lib/i18n/server";
import { languageTag, type Locale } from "@/lib/i18n/settings";
import type { GlossaryEntry } from "@/lib/translations/queries";

/** The fixed names that occur in the text being translated, with their agreed wording in the target. */
export async function GlossaryPanel({
  entries,
  sourceLocale,
  locale,
  lng,
}: {
  entries: GlossaryEntry[];
  sourceLocale: Locale;
  locale: Locale;
  lng: Locale;
}) {
  const t = await getT(lng, "translations");
  return (
    <aside
      aria-labelledby="glossary-panel"
      className="space-y-2 rounded border border-slate-200 bg-slate-50 p-4 text-sm"
      data-testid="glossary-panel"
    >
      <h2 id="glossary-panel" className="font-semibold">
        {t("glossary.panelTitle")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-slate-700">{t("glossary.noneInText")}</p>
      ) : (
        <dl className="space-y-2">
          {entries.map((entry) => (
            <div key={entry.textId}>
              <dt lang={languageTag[sourceLocale]} className="font-medium">
                {entry.wordings[sourceLocale]?.value ?? entry.wordings.en?.value}
              </dt>
              <dd lang={languageTag[locale]}>
                {entry.wordings[locale]?.value ?? (
                  <span className="text-earth-600" lang={languageTag[lng]}>
                    {t("glossary.notAgreed")}
                  </span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </aside>
  );
}
