import type { Metadata } from "next";
import { ProjectForm } from "@/components/projects/project-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { newProjectState, projectFormOptions } from "@/lib/projects/form-options";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/projects/new">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("form.newTitle") };
}

export default async function NewProjectPage({ params }: PageProps<"/[lng]/staff/projects/new">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.newProject(lng), "projects.edit");
  const [t, options] = await Promise.all([getT(lng, "projects"), projectFormOptions(lng, actor, null)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.newTitle")} />
      <ProjectForm lng={lng} initial={newProjectState(lng, actor)} options={options} edit={null} />
    </div>
  );
}
