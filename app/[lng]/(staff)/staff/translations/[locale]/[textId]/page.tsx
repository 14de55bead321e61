import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GlossaryPanel } from "@/components/translations/glossary-panel";
import { SourceDiffView } from "@/components/translations/source-diff-view";
import { StatusBadge } from "@/components/translations/status-badge";
import { TranslationEditor } from "@/components/translations/translation-editor";
import { FieldLabel } from "@/components/translations/field-label";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime, languageName } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { languageTag } from "@/lib/i18n/settings";
import { getGlossary, getTranslationDetail, glossaryFor } from "@/lib/translations/queries";
import { requireTranslator } from "@/lib/translations/route";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/translations/[locale]/[textId]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("editor.title") };
}

export default async function TranslationEditorPage({
  params,
  searchParams,
}: PageProps<"/[lng]/staff/translations/[locale]/[textId]">) {
  const lng = await localeOf(params);
  const { locale: rawLocale, textId } = await params;
  const { actor, locale } = await requireTranslator(
    lng,
    routes.staff.translation(lng, rawLocale, textId),
    rawLocale,
  );
  const [t, detail, glossary] = await Promise.all([
    getT(lng, "translations"),
    getTranslationDetail(actor, textId, locale),
    getGlossary(),
  ]);
  if (!detail || detail.sourceLocale === locale) notFound();
  // Back to the queue the translator came from; only an address of the desk itself is followed.
  const { back: requested } = await searchParams;
  const back =
    typeof requested === "string" && requested.startsWith(`${routes.staff.translations(lng)}/`)
      ? requested
      : routes.staff.workspace(lng, locale);
  const target = detail.target;
  return (
    <div className="space-y-6">
      <p>
        <a href={back} className="text-river-700 underline">
          {t("editor.back")}
        </a>
      </p>
      <PageHeader
        title={t("editor.heading", { language: languageName(locale, lng) })}
        lead={<FieldLabel kind={detail.kind} reference={detail.ref} lng={lng} />}
      />
      {target?.status === "stale" && target.sourceValue && (
        <SourceDiffView
          before={target.sourceValue}
          after={detail.source}
          sourceLocale={detail.sourceLocale}
          lng={lng}
        />
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_1fr_16rem]">
        <section aria-labelledby="source" className="space-y-2">
          <h2 id="source" className="text-sm font-medium text-slate-800">
            {t("editor.source", { language: languageName(detail.sourceLocale, lng) })}
          </h2>
          <p
            lang={languageTag[detail.sourceLocale]}
            className="whitespace-pre-wrap rounded border border-slate-200 bg-white p-3"
            data-testid="source-text"
          >
            {detail.source}
          </p>
          {detail.english && locale !== "en" && (
            <>
              <h2 className="text-sm font-medium text-slate-800">{t("editor.english")}</h2>
              <p
                lang="en"
                className="whitespace-pre-wrap rounded border border-slate-200 bg-white p-3 text-slate-700"
              >
                {detail.english}
              </p>
            </>
          )}
        </section>
        <div className="space-y-2">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge status={target?.status ?? "missing"} lng={lng} />
            {target && (
              <span>
                {t("editor.lastSaved", {
                  name: target.updatedBy ?? "—",
                  when: formatDateTime(target.updatedAt, lng),
                })}
              </span>
            )}
            {target?.reviewedAt && (
              <span>
                {t("editor.reviewedBy", {
                  name: target.reviewedBy ?? "—",
                  when: formatDateTime(target.reviewedAt, lng),
                })}
              </span>
            )}
          </p>
          <TranslationEditor
            key={target?.version ?? 0}
            textId={textId}
            locale={locale}
            initial={target?.value ?? ""}
            version={target?.version ?? null}
            reviewable={target !== null && target.status !== "reviewed"}
            backHref={back}
          />
        </div>
        <GlossaryPanel
          entries={glossaryFor(glossary, detail.sourceLocale, detail.source)}
          sourceLocale={detail.sourceLocale}
          locale={locale}
          lng={lng}
        />
      </div>
    </div>
  );
}
