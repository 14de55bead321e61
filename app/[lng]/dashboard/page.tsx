import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { LatestBriefing } from "@/components/reports/latest-briefing";
import { PageHeader } from "@/components/ui/page-header";
import { dashboardFilterSchema } from "@/lib/dashboard/filters";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { PUBLIC } from "@/lib/reads/define";
import { routes } from "@/lib/routes";
import { alternatesFor } from "@/lib/seo/alternates";

// Shaped by its address (filters): rendered per request, from GROUP BY queries.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lng]/dashboard">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "dashboard");
  return { title: t("title"), alternates: alternatesFor(lng, "/dashboard") };
}

export default async function DashboardPage({ params, searchParams }: PageProps<"/[lng]/dashboard">) {
  const lng = await localeOf(params);
  const [t, plan] = await Promise.all([getT(lng, "dashboard"), getFeaturedPlan(lng)]);
  if (!plan) notFound();
  const filter = dashboardFilterSchema.parse(await searchParams);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead", { plan: plan.title.value })} />
      <LatestBriefing viewer={PUBLIC} lng={lng} staff={false} />
      <DashboardView
        viewer={PUBLIC}
        plan={plan}
        filter={filter}
        action={routes.dashboard(lng)}
        listBase={routes.projects(lng)}
        lng={lng}
      />
    </div>
  );
}
