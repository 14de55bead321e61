import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IatiProblemNotice } from "@/components/iati/iati-problem-notice";
import { ProjectView } from "@/components/projects/project-view";
import { ButtonLink } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listIatiProblems } from "@/lib/iati/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getProjectPage } from "@/lib/projects/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/projects/[code]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: `${(await params).code} · ${t("project.staffView")}` };
}

export default async function StaffProjectPage({ params }: PageProps<"/[lng]/staff/projects/[code]">) {
  const lng = await localeOf(params);
  const { code } = await params;
  const actor = await requirePermission(lng, routes.staff.project(lng, code), "staff.read");
  const [t, ta, project, iati] = await Promise.all([
    getT(lng, "projects"),
    getT(lng, "api"),
    getProjectPage(actor, code, lng),
    listIatiProblems(actor, code),
  ]);
  if (!project) notFound();
  const editable = can(actor, "projects.edit", { countryCode: project.leadCountryCode });
  const iatiNotice = <IatiProblemNotice problems={iati[0]?.problems ?? []} t={ta} />;
  const actions = editable ? (
    <p className="flex flex-wrap gap-3">
      <ButtonLink href={routes.staff.editProject(lng, code)} variant="primary">
        {t("project.edit")}
      </ButtonLink>
      <ButtonLink href={routes.staff.newUpdate(lng, code)}>{t("project.addUpdate")}</ButtonLink>
      {project.published && (
        <a href={routes.project(lng, code)} className="self-center text-river-700 underline">
          {t("project.back")}
        </a>
      )}
    </p>
  ) : null;
  return (
    <ProjectView
      project={project}
      lng={lng}
      editUpdateHref={editable ? (id) => routes.staff.editUpdate(lng, code, id) : null}
      updatesFileHref={(format) => routes.staff.updatesFile(lng, code, format)}
      actions={
        <>
          {actions}
          {iatiNotice}
        </>
      }
    />
  );
}
