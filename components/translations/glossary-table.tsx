import { getT } from "@/lib/i18n/server";
import { DataTable } from "@/components/ui/table";
import { endonyms, languageTag, locales, type Locale } from "@/lib/i18n/settings";
import type { GlossaryEntry } from "@/lib/translations/queries";
import { FieldLabel } from "./field-label";
import { routes } from "@/lib/routes";

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
      <DataTable
        caption={t("glossary.title")}
        captionHidden
        testId="glossary"
        rows={entries}
        rowKey={(entry) => entry.textId}
        columns={[
          {
            key: "field",
            header: t("workspace.field"),
            rowHeader: true,
            cell: (entry) => (
              <span className="font-normal text-slate-700">
                <FieldLabel kind={entry.kind} reference={entry.ref} lng={lng} />
              </span>
            ),
          },
          ...locales.map((locale) => ({
            key: locale,
            header: <span lang={languageTag[locale]}>{endonyms[locale]}</span>,
            cell: (entry: GlossaryEntry) => {
              const wording = entry.wordings[locale];
              const text = wording ? (
                <span lang={languageTag[locale]}>{wording.value}</span>
              ) : (
                <span className="text-slate-600">—</span>
              );
              return (
                <>
                  {editable.includes(locale) && locale !== entry.sourceLocale ? (
                    <a
                      href={routes.staff.translation(lng, locale, entry.textId)}
                      className="text-river-700 underline"
                    >
                      {text}
                    </a>
                  ) : (
                    text
                  )}
                  {wording && (wording.status === "draft" || wording.status === "stale") && (
                    <span className="ml-1 text-xs text-earth-600">({t(`state.${wording.status}`)})</span>
                  )}
                </>
              );
            },
          })),
        ]}
      />
    </section>
  );
}
