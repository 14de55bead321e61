import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectView } from "@/components/projects/project-view";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getProjectPage } from "@/lib/projects/queries";
import { PUBLIC } from "@/lib/reads/define";
import { routes } from "@/lib/routes";
import { alternatesFor } from "@/lib/seo/alternates";

/** Rendered on first request, then cached; project changes revalidate it (see app/[lng]/layout.tsx). */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[lng]/projects/[code]">): Promise<Metadata> {
  const lng = await localeOf(params);
  const project = await getProjectPage(PUBLIC, (await params).code, lng);
  return project
    ? { title: project.title.value, alternates: alternatesFor(lng, `/projects/${project.code}`) }
    : {};
}

export default async function PublicProjectPage({ params }: PageProps<"/[lng]/projects/[code]">) {
  const lng = await localeOf(params);
  const [t, project] = await Promise.all([
    getT(lng, "projects"),
    getProjectPage(PUBLIC, (await params).code, lng),
  ]);
  if (!project) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <a href={routes.projects(lng)} className="text-river-700 hover:underline">
          {t("project.back")}
        </a>
      </p>
      <ProjectView
        project={project}
        lng={lng}
        editUpdateHref={null}
        updatesFileHref={(format) => routes.updatesFile(lng, project.code, format)}
      />
    </div>
  );
}
