import type { Metadata } from "next";
import { dashboardFilterSchema } from "@/lib/dashboard/filters";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { alternatesFor } from "@/lib/seo/alternates";
import { PublicDashboard } from "@/components/dashboard/public-dashboard";

// Without filters the dashboard is the same for every reader: rendered once and served from the
// page cache like the plan (ADR 4). An address with filters is rewritten by proxy.ts to ./for/[filter].
export async function generateMetadata({ params }: PageProps<"/[lng]/dashboard">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "dashboard");
  return { title: t("title"), alternates: alternatesFor(lng, "/dashboard") };
}

export default async function DashboardPage({ params }: PageProps<"/[lng]/dashboard">) {
  return <PublicDashboard lng={await localeOf(params)} filter={dashboardFilterSchema.parse({})} />;
}
