import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectView } from "@/components/projects/project-view";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getProjectPage } from "@/lib/projects/queries";

/** Rendered on first request, then cached; project changes revalidate it (see app/[lng]/layout.tsx). */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[lng]/projects/[code]">): Promise<Metadata> {
  const lng = await localeOf(params);
  const project = await getProjectPage((await params).code, lng, false);
  return project ? { title: project.title.value } : {};
}

export default async function PublicProjectPage({ params }: PageProps<"/[lng]/projects/[code]">) {
  const lng = await localeOf(params);
  const [t, project] = await Promise.all([
    getT(lng, "projects"),
    getProjectPage((await params).code, lng, false),
  ]);
  if (!project) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <a href={`/${lng}/projects`} className="text-river-700 hover:underline">
          {t("project.back")}
        </a>
      </p>
      <ProjectView project={project} lng={lng} editBase={null} />
    </div>
  );
}
