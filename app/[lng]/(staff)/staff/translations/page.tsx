import type { Metadata } from "next";
import { CoverageChart } from "@/components/translations/coverage-chart";
import { GlossaryTable } from "@/components/translations/glossary-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { translatableLocales } from "@/lib/auth/permissions";
import { languageName } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { locales } from "@/lib/i18n/settings";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { routes } from "@/lib/routes";
import { getGlossary, getTranslationCoverage } from "@/lib/translations/queries";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/translations">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("overview.title") };
}

export default async function TranslationDeskPage({ params }: PageProps<"/[lng]/staff/translations">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.translations(lng), "staff.read");
  const mine = translatableLocales(actor, locales);
  const [t, plan, glossary] = await Promise.all([
    getT(lng, "translations"),
    getFeaturedPlan(lng),
    getGlossary(),
  ]);
  const coverage = plan ? await getTranslationCoverage(plan.id) : [];
  const links = Object.fromEntries(mine.map((locale) => [locale, routes.staff.workspace(lng, locale)]));
  return (
    <div className="space-y-8">
      <PageHeader title={t("overview.title")} lead={t("overview.lead")}>
        <p data-testid="my-locales">
          {mine.length
            ? t("overview.yours", { languages: mine.map((locale) => languageName(locale, lng)).join(", ") })
            : t("overview.noneYours")}
        </p>
        {mine.length > 0 && (
          <ul className="flex flex-wrap gap-3">
            {mine.map((locale) => (
              <li key={locale}>
                <ButtonLink href={routes.staff.workspace(lng, locale)} variant="primary">
                  {t("overview.open", { language: languageName(locale, lng) })}
                </ButtonLink>
              </li>
            ))}
          </ul>
        )}
      </PageHeader>
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
