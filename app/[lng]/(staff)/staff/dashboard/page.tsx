import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { LatestBriefing } from "@/components/reports/latest-briefing";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { dashboardFilterSchema, figuresFilter } from "@/lib/dashboard/filters";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/dashboard">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "dashboard");
  return { title: t("staffTitle") };
}

/** The dashboard with unpublished projects counted in, for officials and staff; labelled as such. */
export default async function StaffDashboardPage({
  params,
  searchParams,
}: PageProps<"/[lng]/staff/dashboard">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.dashboard(lng), "staff.read");
  const [t, plan] = await Promise.all([getT(lng, "dashboard"), getFeaturedPlan(lng)]);
  if (!plan) notFound();
  const filter = dashboardFilterSchema.parse(await searchParams);
  return (
    <div className="space-y-6">
      <PageHeader title={t("staffTitle")}>
        <Notice tone="warning" data-testid="unpublished-note">
          {t("unpublishedNote")}
        </Notice>
      </PageHeader>
      <LatestBriefing viewer={actor} lng={lng} staff />
      <DashboardView
        viewer={actor}
        plan={plan}
        filter={filter}
        action={routes.staff.dashboard(lng)}
        listBase={routes.staff.projects(lng)}
        fileHref={(format) => routes.staff.dashboardFile(lng, format, figuresFilter(filter))}
        lng={lng}
      />
    </div>
  );
}
