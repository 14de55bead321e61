import type { Metadata } from "next";
import { ProjectForm } from "@/components/projects/project-form";
import { requirePermission } from "@/lib/auth/guard";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { newProjectState, projectFormOptions } from "@/lib/projects/form-options";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/projects/new">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("form.newTitle") };
}

export default async function NewProjectPage({ params }: PageProps<"/[lng]/staff/projects/new">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, `/${lng}/staff/projects/new`, "projects.edit");
  const [t, options] = await Promise.all([getT(lng, "projects"), projectFormOptions(lng, actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-river-900">{t("form.newTitle")}</h1>
      <ProjectForm lng={lng} initial={newProjectState(lng, actor)} options={options} edit={null} />
    </div>
  );
}
