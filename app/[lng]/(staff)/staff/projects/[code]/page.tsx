import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProjectView } from "@/components/projects/project-view";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getProjectPage } from "@/lib/projects/queries";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/projects/[code]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: `${(await params).code} · ${t("project.staffView")}` };
}

export default async function StaffProjectPage({ params }: PageProps<"/[lng]/staff/projects/[code]">) {
  const lng = await localeOf(params);
  const { code } = await params;
  const base = `/${lng}/staff/projects/${code}`;
  const actor = await requirePermission(lng, base, "staff.read");
  const [t, project] = await Promise.all([getT(lng, "projects"), getProjectPage(code, lng, true)]);
  if (!project) notFound();
  const editable = can(actor, "projects.edit", { countryCode: project.leadCountryCode });
  const actions = editable ? (
    <p className="flex flex-wrap gap-3">
      <a
        href={`${base}/edit`}
        className="rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800"
      >
        {t("project.edit")}
      </a>
      <a
        href={`${base}/updates/new`}
        className="rounded border border-river-600 px-4 py-2 font-semibold text-river-800 hover:bg-river-50"
      >
        {t("project.addUpdate")}
      </a>
      {project.published && (
        <a href={`/${lng}/projects/${code}`} className="self-center text-river-700 underline">
          {t("project.back")}
        </a>
      )}
    </p>
  ) : null;
  return <ProjectView project={project} lng={lng} editBase={editable ? base : null} actions={actions} />;
}
