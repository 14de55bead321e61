import type { Metadata } from "next";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectList } from "@/components/projects/project-list";
import { DownloadLinks } from "@/components/ui/download-links";
import { PageHeader } from "@/components/ui/page-header";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { filtersOnly, type ProjectFilter } from "@/lib/projects/filters";
import { listProjects } from "@/lib/projects/queries";
import { PUBLIC } from "@/lib/reads/define";
import { routes } from "@/lib/routes";
import { alternatesFor } from "@/lib/seo/alternates";

export async function publicProjectListMetadata(lng: Locale): Promise<Metadata> {
  const t = await getT(lng, "projects");
  return { title: t("list.title"), alternates: alternatesFor(lng, "/projects") };
}

/**
 * The public project list under `filter`: the whole list (app/[lng]/projects), filters, order and
 * page (./for/[filter]), both cached pages; or a search (./search), rendered per request.
 */
export async function PublicProjectList({ lng, filter }: { lng: Locale; filter: ProjectFilter }) {
  const [t, { items, total, terms }] = await Promise.all([
    getT(lng, "projects"),
    listProjects(PUBLIC, filter, lng),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={
          filter.paragraph
            ? t("list.forCommitment", { citation: filter.paragraph })
            : filter.section
              ? t("list.forSection", { section: filter.section })
              : t("list.title")
        }
        lead={t("list.lead")}
      />
      <ProjectFilters filter={filter} lng={lng} action={routes.projects(lng)} />
      <ProjectList
        items={items}
        total={total}
        terms={terms}
        filter={filter}
        lng={lng}
        listHref={(query) => routes.projects(lng, query)}
        projectHref={(code) => routes.project(lng, code)}
      />
      {/* After the list: on a phone the first result stays in the first screen. */}
      <DownloadLinks lng={lng} href={(format) => routes.projectsFile(lng, format, filtersOnly(filter))} />
    </div>
  );
}
