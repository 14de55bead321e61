import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/i18n/format";
import { localize } from "@/lib/i18n/localized-text";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { formLocale, projectEditState, projectFormOptions } from "@/lib/projects/form-options";
import { requireProjectEditor } from "@/lib/projects/guard";
import { getProjectForEdit } from "@/lib/projects/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/projects/[code]/edit">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("form.editTitle", { code: (await params).code }) };
}

export default async function EditProjectPage({ params }: PageProps<"/[lng]/staff/projects/[code]/edit">) {
  const lng = await localeOf(params);
  const { code } = await params;
  const path = routes.staff.editProject(lng, code);
  const project = await getProjectForEdit(await requireProjectEditor(lng, path), code, lng);
  if (!project) notFound();
  const actor = await requireProjectEditor(lng, path, project.leadCountryCode);
  const sourceLocale = project.title.sourceLocale;
  const locale = formLocale(actor, sourceLocale, lng);
  const [t, options] = await Promise.all([
    getT(lng, "projects"),
    projectFormOptions(lng, actor, sourceLocale),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("form.editTitle", { code })} />
      <ProjectForm
        lng={lng}
        initial={projectEditState(project, locale)}
        options={options}
        fallback={{
          title: localize(project.title, locale).value,
          summary: localize(project.summary, locale).value,
        }}
        edit={{ code, version: project.version }}
        followsUpdateOf={project.updates[0] && formatDate(project.updates[0].reportedOn, lng)}
      />
    </div>
  );
}
