import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditUpdateForm } from "@/components/projects/update-form";
import { PageHeader } from "@/components/ui/page-header";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { formLocale, updateEditState, writableLocales } from "@/lib/projects/form-options";
import { requireProjectEditor } from "@/lib/projects/guard";
import { getUpdateForEdit } from "@/lib/projects/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/projects/[code]/updates/[id]/edit">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "projects");
  return { title: t("updateForm.editTitle", { code: (await params).code }) };
}

export default async function EditUpdatePage({
  params,
}: PageProps<"/[lng]/staff/projects/[code]/updates/[id]/edit">) {
  const lng = await localeOf(params);
  const { code, id } = await params;
  const path = routes.staff.editUpdate(lng, code, id);
  const update = await getUpdateForEdit(await requireProjectEditor(lng, path), code, id, lng);
  if (!update) notFound();
  const actor = await requireProjectEditor(lng, path, update.project.leadCountryCode);
  const sourceLocale = update.narrative.sourceLocale;
  const t = await getT(lng, "projects");
  return (
    <div className="space-y-6">
      <PageHeader title={t("updateForm.editTitle", { code })} />
      <EditUpdateForm
        key={update.version}
        lng={lng}
        projectCode={code}
        id={update.id}
        version={update.version}
        locales={writableLocales(actor, sourceLocale)}
        initial={updateEditState(update, formLocale(actor, sourceLocale, lng))}
      />
    </div>
  );
}
