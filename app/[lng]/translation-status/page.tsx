import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CoverageChart } from "@/components/translations/coverage-chart";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { getTranslationCoverage } from "@/lib/translations/queries";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/translation-status">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("coverage.title") };
}

/** How far each language version of the plan and of the project titles can be trusted. */
export default async function TranslationStatusPage({ params }: PageProps<"/[lng]/translation-status">) {
  const lng = await localeOf(params);
  const [t, plan] = await Promise.all([getT(lng, "translations"), getFeaturedPlan(lng)]);
  if (!plan) notFound();
  const coverage = await getTranslationCoverage(plan.id);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">{t("coverage.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("coverage.lead")}</p>
      </header>
      <CoverageChart
        coverage={coverage}
        kind="paragraph"
        lng={lng}
        caption={t("coverage.paragraphs", { plan: plan.title.value })}
      />
      <CoverageChart
        coverage={coverage}
        kind="projectTitle"
        lng={lng}
        caption={t("coverage.projectTitles")}
      />
      <p className="max-w-3xl text-sm text-slate-700">{t("coverage.explain")}</p>
    </div>
  );
}
