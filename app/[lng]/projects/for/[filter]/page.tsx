import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublicProjectList, publicProjectListMetadata } from "@/components/projects/public-project-list";
import { readNamedQuery } from "@/lib/http/named-query";
import { localeOf } from "@/lib/i18n/route-params";
import { listKey, projectFilterOf } from "@/lib/projects/filters";

// /[lng]/projects with filters, order or page in its address and no search: proxy.ts rewrites it
// here under one canonical name (lib/projects/filters.ts). Rendered on first request and then
// cached like every public page (ADR 4): the lists readers reach from the dashboard, a commitment
// or a priority area are the same few addresses. Readers never see this address.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/projects/for/[filter]">): Promise<Metadata> {
  return publicProjectListMetadata(await localeOf(params));
}

export default async function FilteredProjectsPage({ params }: PageProps<"/[lng]/projects/for/[filter]">) {
  const filter = readNamedQuery((await params).filter, projectFilterOf, listKey);
  if (!filter) notFound();
  return <PublicProjectList lng={await localeOf(params)} filter={filter} />;
}
