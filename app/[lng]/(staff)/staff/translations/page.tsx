import type { Metadata } from "next";
import { CoverageChart } from "@/components/translations/coverage-chart";
import { GlossaryTable } from "@/components/translations/glossary-table";
import { requirePermission } from "@/lib/auth/guard";
import { translatableLocales } from "@/lib/auth/permissions";
import { languageName } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { locales } from "@/lib/i18n/settings";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { getGlossary, getTranslationCoverage } from "@/lib/translations/queries";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/translations">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("overview.title") };
}

export default async function TranslationDeskPage({ params }: PageProps<"/[lng]/staff/translations">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, `/${lng}/staff/translations`, "staff.read");
  const mine = translatableLocales(actor, locales);
  const [t, plan, glossary] = await Promise.all([
    getT(lng, "translations"),
    getFeaturedPlan(lng),
    getGlossary(),
  ]);
  const coverage = plan ? await getTranslationCoverage(plan.id) : [];
  const links = Object.fromEntries(mine.map((locale) => [locale, `/${lng}/staff/translations/${locale}`]));
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">{t("overview.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("overview.lead")}</p>
        <p data-testid="my-locales">
          {mine.length
            ? t("overview.yours", { languages: mine.map((locale) => languageName(locale, lng)).join(", ") })
            : t("overview.noneYours")}
        </p>
        {mine.length > 0 && (
          <ul className="flex flex-wrap gap-3">
            {mine.map((locale) => (
              <li key={locale}>
                <a
                  href={`/${lng}/staff/translations/${locale}`}
                  className="inline-block rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800"
                >
                  {t("overview.open", { language: languageName(locale, lng) })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </header>
      {plan && (
        <CoverageChart
          coverage={coverage}
          kind="paragraph"
          lng={lng}
          caption={t("coverage.paragraphs", { plan: plan.title.value })}
          links={links}
        />
      )}
      <GlossaryTable entries={glossary} lng={lng} editable={mine} />
    </div>
  );
}
