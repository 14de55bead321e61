import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { requirePermission } from "@/lib/auth/guard";
import { dashboardFilterSchema } from "@/lib/dashboard/filters";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan } from "@/lib/plan/queries";

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
  await requirePermission(lng, `/${lng}/staff/dashboard`, "staff.read");
  const [t, plan] = await Promise.all([getT(lng, "dashboard"), getFeaturedPlan(lng)]);
  if (!plan) notFound();
  const filter = dashboardFilterSchema.parse(await searchParams);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">{t("staffTitle")}</h1>
        <p
          className="rounded border-l-4 border-earth-600 bg-earth-50 px-4 py-2"
          data-testid="unpublished-note"
        >
          {t("unpublishedNote")}
        </p>
      </header>
      <DashboardView
        plan={plan}
        filter={filter}
        includeUnpublished
        action={`/${lng}/staff/dashboard`}
        listBase={`/${lng}/staff/projects`}
        lng={lng}
      />
    </div>
  );
}
