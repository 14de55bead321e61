import type { Metadata } from "next";
import { PublicProjectList, publicProjectListMetadata } from "@/components/projects/public-project-list";
import { localeOf } from "@/lib/i18n/route-params";
import { projectFilterSchema } from "@/lib/projects/filters";

// /[lng]/projects with a search in its address (proxy.ts rewrites it here): searches are too many
// to keep, so each is rendered per request. Readers never see this address.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lng]/projects/search">): Promise<Metadata> {
  return publicProjectListMetadata(await localeOf(params));
}

export default async function SearchedProjectsPage({
  params,
  searchParams,
}: PageProps<"/[lng]/projects/search">) {
  const filter = projectFilterSchema.parse(await searchParams);
  return <PublicProjectList lng={await localeOf(params)} filter={filter} />;
}
