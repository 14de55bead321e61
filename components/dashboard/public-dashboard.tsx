import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { LatestBriefing } from "@/components/reports/latest-briefing";
import { PageHeader } from "@/components/ui/page-header";
import { figuresFilter, type DashboardFilter } from "@/lib/dashboard/filters";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { PUBLIC } from "@/lib/reads/define";
import { routes } from "@/lib/routes";

/** The public dashboard, unfiltered (app/[lng]/dashboard) or filtered (app/[lng]/dashboard/for/[filter]); both cached pages. */
export async function PublicDashboard({ lng, filter }: { lng: Locale; filter: DashboardFilter }) {
  const [t, plan] = await Promise.all([getT(lng, "dashboard"), getFeaturedPlan(lng)]);
  if (!plan) notFound();
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
        fileHref={(format) => routes.dashboardFile(lng, format, figuresFilter(filter))}
        lng={lng}
      />
    </div>
  );
}
