import type { Metadata } from "next";
import { PublicProjectList, publicProjectListMetadata } from "@/components/projects/public-project-list";
import { localeOf } from "@/lib/i18n/route-params";
import { projectFilterSchema } from "@/lib/projects/filters";

// The whole list's first page, the same for every reader: a cached page (ADR 4). An address with
// filters, order or page is rewritten by proxy.ts to ./for/[filter], one with a search to ./search.
export async function generateMetadata({ params }: PageProps<"/[lng]/projects">): Promise<Metadata> {
  return publicProjectListMetadata(await localeOf(params));
}

export default async function ProjectsPage({ params }: PageProps<"/[lng]/projects">) {
  return <PublicProjectList lng={await localeOf(params)} filter={projectFilterSchema.parse({})} />;
}
