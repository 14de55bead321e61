import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CoverageChart } from "@/components/translations/coverage-chart";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { getTranslationCoverage } from "@/lib/translations/queries";
import { PageHeader } from "@/components/ui/page-header";
import { alternatesFor } from "@/lib/seo/alternates";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/translation-status">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "translations");
  return { title: t("coverage.title"), alternates: alternatesFor(lng, "/translation-status") };
}

/** How far each language version of the plan and of the project titles can be trusted. */
export default async function TranslationStatusPage({ params }: PageProps<"/[lng]/translation-status">) {
  const lng = await localeOf(params);
  const [t, plan] = await Promise.all([getT(lng, "translations"), getFeaturedPlan(lng)]);
  if (!plan) notFound();
  const coverage = await getTranslationCoverage(plan.id);
  return (
    <div className="space-y-8">
      <PageHeader title={t("coverage.title")} lead={t("coverage.lead")} />
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
