import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewUpdateForm } from "@/components/projects/update-form";
import { PageHeader } from "@/components/ui/page-header";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { localeOptions } from "@/lib/i18n/settings";
import { newUpdateState } from "@/lib/projects/form-options";
import { requireProjectEditor } from "@/lib/projects/guard";
import { getProjectForEdit } from "@/lib/projects/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/projects/[code]/updates/new">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("updateForm.title", { code: (await params).code }) };
}

export default async function NewUpdatePage({
  params,
}: PageProps<"/[lng]/staff/projects/[code]/updates/new">) {
  const lng = await localeOf(params);
  const { code } = await params;
  const path = routes.staff.newUpdate(lng, code);
  const project = await getProjectForEdit(await requireProjectEditor(lng, path), code, lng);
  if (!project) notFound();
  await requireProjectEditor(lng, path, project.leadCountryCode);
  const t = await getT(lng, "projects");
  return (
    <div className="space-y-6">
      <PageHeader title={t("updateForm.title", { code })} />
      <NewUpdateForm
        lng={lng}
        projectCode={code}
        initial={newUpdateState(lng, project)}
        locales={localeOptions}
      />
    </div>
  );
}
