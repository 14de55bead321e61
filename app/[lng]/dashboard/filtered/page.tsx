import type { Metadata } from "next";
import { dashboardFilterSchema } from "@/lib/dashboard/filters";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { alternatesFor } from "@/lib/seo/alternates";
import { PublicDashboard } from "@/components/dashboard/public-dashboard";

// /[lng]/dashboard with filters in its address (proxy.ts rewrites it here): rendered per request,
// from cached figures (lib/dashboard/cached.ts). Readers never see this address.
export const dynamic = "force-dynamic";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/dashboard/filtered">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "dashboard");
  return { title: t("title"), alternates: alternatesFor(lng, "/dashboard") };
}

export default async function FilteredDashboardPage({
  params,
  searchParams,
}: PageProps<"/[lng]/dashboard/filtered">) {
  const filter = dashboardFilterSchema.parse(await searchParams);
  return <PublicDashboard lng={await localeOf(params)} filter={filter} />;
}
