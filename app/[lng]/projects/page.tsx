import type { Metadata } from "next";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectList } from "@/components/projects/project-list";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { listProjects, projectFilterSchema } from "@/lib/projects/queries";

// The list is shaped by its address (filters, search, page): rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lng]/projects">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("list.title") };
}

export default async function ProjectsPage({ params, searchParams }: PageProps<"/[lng]/projects">) {
  const lng = await localeOf(params);
  const filter = projectFilterSchema.parse(await searchParams);
  const [t, { items, total }] = await Promise.all([getT(lng, "projects"), listProjects(filter, lng, false)]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">
          {filter.paragraph
            ? t("list.forCommitment", { citation: filter.paragraph })
            : filter.section
              ? t("list.forSection", { section: filter.section })
              : t("list.title")}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("list.lead")}</p>
      </header>
      <ProjectFilters filter={filter} lng={lng} action={`/${lng}/projects`} />
      <ProjectList
        items={items}
        total={total}
        filter={filter}
        lng={lng}
        action={`/${lng}/projects`}
        linkBase={`/${lng}/projects`}
      />
    </div>
  );
}
