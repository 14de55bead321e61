import type { Metadata } from "next";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectList } from "@/components/projects/project-list";
import { ButtonLink } from "@/components/ui/button";
import { DownloadLinks } from "@/components/ui/download-links";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { filtersOnly, projectFilterSchema } from "@/lib/projects/filters";
import { listProjects } from "@/lib/projects/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/projects">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("list.staffTitle") };
}

export default async function StaffProjectsPage({
  params,
  searchParams,
}: PageProps<"/[lng]/staff/projects">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.projects(lng), "staff.read");
  const filter = projectFilterSchema.parse(await searchParams);
  const [t, { items, total, terms }] = await Promise.all([
    getT(lng, "projects"),
    listProjects(actor, filter, lng),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("list.staffTitle")}
        actions={
          can(actor, "projects.edit") && (
            <ButtonLink href={routes.staff.newProject(lng)} variant="primary">
              {t("list.new")}
            </ButtonLink>
          )
        }
      />
      <ProjectFilters filter={filter} lng={lng} action={routes.staff.projects(lng)} />
      <DownloadLinks
        lng={lng}
        href={(format) => routes.staff.projectsFile(lng, format, filtersOnly(filter))}
      />
      <ProjectList
        items={items}
        total={total}
        terms={terms}
        filter={filter}
        lng={lng}
        listHref={(query) => routes.staff.projects(lng, query)}
        projectHref={(code) => routes.staff.project(lng, code)}
      />
    </div>
  );
}
