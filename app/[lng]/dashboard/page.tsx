import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { dashboardFilterSchema } from "@/lib/dashboard/filters";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan } from "@/lib/plan/queries";

// Shaped by its address (filters): rendered per request, from GROUP BY queries.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lng]/dashboard">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({ params, searchParams }: PageProps<"/[lng]/dashboard">) {
  const lng = await localeOf(params);
  const [t, plan] = await Promise.all([getT(lng, "dashboard"), getFeaturedPlan(lng)]);
  if (!plan) notFound();
  const filter = dashboardFilterSchema.parse(await searchParams);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("lead", { plan: plan.title.value })}</p>
      </header>
      <DashboardView
        plan={plan}
        filter={filter}
        includeUnpublished={false}
        action={`/${lng}/dashboard`}
        listBase={`/${lng}/projects`}
        lng={lng}
      />
    </div>
  );
}
