import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { projectEditState, projectFormOptions } from "@/lib/projects/form-options";
import { requireProjectEditor } from "@/lib/projects/guard";
import { getProjectForEdit } from "@/lib/projects/queries";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/projects/[code]/edit">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("form.editTitle", { code: (await params).code }) };
}

export default async function EditProjectPage({ params }: PageProps<"/[lng]/staff/projects/[code]/edit">) {
  const lng = await localeOf(params);
  const { code } = await params;
  const project = await getProjectForEdit(code, lng);
  if (!project) notFound();
  const actor = await requireProjectEditor(
    lng,
    `/${lng}/staff/projects/${code}/edit`,
    project.leadCountryCode,
  );
  const [t, options] = await Promise.all([getT(lng, "projects"), projectFormOptions(lng, actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-river-900">{t("form.editTitle", { code })}</h1>
      <ProjectForm
        lng={lng}
        initial={projectEditState(project, lng)}
        options={options}
        edit={{ code, version: project.version }}
      />
    </div>
  );
}
