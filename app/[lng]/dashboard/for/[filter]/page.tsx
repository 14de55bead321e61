import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { filterKey, filterOf } from "@/lib/dashboard/filters";
import { readNamedQuery } from "@/lib/http/named-query";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { alternatesFor } from "@/lib/seo/alternates";
import { PublicDashboard } from "@/components/dashboard/public-dashboard";

// /[lng]/dashboard with filters in its address: proxy.ts rewrites it here, naming the filters in
// one canonical form (lib/dashboard/filters.ts). Rendered on first request and then cached like
// every public page (ADR 4), one page per set of filters. Readers never see this address.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/dashboard/for/[filter]">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "dashboard");
  return { title: t("title"), alternates: alternatesFor(lng, "/dashboard") };
}

export default async function FilteredDashboardPage({ params }: PageProps<"/[lng]/dashboard/for/[filter]">) {
  const filter = readNamedQuery((await params).filter, filterOf, filterKey);
  if (!filter) notFound();
  return <PublicDashboard lng={await localeOf(params)} filter={filter} />;
}
