import { getT } from "@/lib/i18n/server";
import { endonyms, languageTag, locales, type Locale } from "@/lib/i18n/settings";
import type { GlossaryEntry } from "@/lib/translations/queries";
import { FieldLabel } from "./field-label";

/** The glossary in seven languages; a translator's own language links each name to its editor. */
export async function GlossaryTable({
  entries,
  lng,
  editable,
}: {
  entries: GlossaryEntry[];
  lng: Locale;
  editable: Locale[];
}) {
  const t = await getT(lng, "translations");
  return (
    <section aria-labelledby="glossary" className="space-y-3">
      <h2 id="glossary" className="text-xl font-semibold">
        {t("glossary.title")}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">{t("glossary.lead")}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" data-testid="glossary">
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-2 pr-3">
                {t("workspace.field")}
              </th>
              {locales.map((locale) => (
                <th key={locale} scope="col" lang={languageTag[locale]} className="py-2 pr-3">
                  {endonyms[locale]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 align-top">
            {entries.map((entry) => (
              <tr key={entry.textId}>
                <th scope="row" className="py-2 pr-3 font-normal text-slate-700">
                  <FieldLabel kind={entry.kind} reference={entry.ref} lng={lng} />
                </th>
                {locales.map((locale) => {
                  const wording = entry.wordings[locale];
                  const cell = wording ? (
                    <span lang={languageTag[locale]}>{wording.value}</span>
                  ) : (
                    <span className="text-slate-600">—</span>
                  );
                  return (
                    <td key={locale} className="py-2 pr-3">
                      {editable.includes(locale) && locale !== entry.sourceLocale ? (
                        <a
                          href={`/${lng}/staff/translations/${locale}/${entry.textId}`}
                          className="text-river-700 underline"
                        >
                          {cell}
                        </a>
                      ) : (
                        cell
                      )}
                      {wording && wording.status !== "reviewed" && wording.status !== "source" && (
                        <span className="ml-1 text-xs text-earth-600">
                          ({t(`state.${wording.status as "draft" | "stale"}`)})
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
