import type { Metadata } from "next";
import { ProjectFilters } from "@/components/projects/project-filters";
import { ProjectList } from "@/components/projects/project-list";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { listProjects, projectFilterSchema } from "@/lib/projects/queries";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/projects">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("list.staffTitle") };
}

export default async function StaffProjectsPage({
  params,
  searchParams,
}: PageProps<"/[lng]/staff/projects">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, `/${lng}/staff/projects`, "staff.read");
  const filter = projectFilterSchema.parse(await searchParams);
  const [t, { items, total }] = await Promise.all([getT(lng, "projects"), listProjects(filter, lng, true)]);
  const base = `/${lng}/staff/projects`;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-river-900">{t("list.staffTitle")}</h1>
        {can(actor, "projects.edit") && (
          <a
            href={`${base}/new`}
            className="rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800"
          >
            {t("list.new")}
          </a>
        )}
      </header>
      <ProjectFilters filter={filter} lng={lng} action={base} />
      <ProjectList items={items} total={total} filter={filter} lng={lng} action={base} linkBase={base} />
    </div>
  );
}
