import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EditUpdateForm } from "@/components/projects/update-form";
import { getDb } from "@/lib/db/client";
import { textOf } from "@/lib/i18n/localized-text";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { localeOptions } from "@/lib/i18n/settings";
import { requireProjectEditor } from "@/lib/projects/guard";

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
  if (!z.uuid().safeParse(id).success) notFound();
  const update = await getDb().statusUpdate.findFirst({
    where: { id, project: { code } },
    include: {
      project: { select: { leadCountryCode: true } },
      narrative: textOf(lng),
      milestones: textOf(lng),
      issues: textOf(lng),
    },
  });
  if (!update) notFound();
  await requireProjectEditor(
    lng,
    `/${lng}/staff/projects/${code}/updates/${id}/edit`,
    update.project.leadCountryCode,
  );
  const t = await getT(lng, "projects");
  const wording = (text: { translations: { locale: string; value: string }[] } | null) =>
    text?.translations.find((entry) => entry.locale === lng)?.value ?? "";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-river-900">{t("updateForm.editTitle", { code })}</h1>
      <EditUpdateForm
        lng={lng}
        projectCode={code}
        id={update.id}
        version={update.version}
        locales={localeOptions}
        initial={{
          locale: lng,
          reportedOn: update.reportedOn.toISOString().slice(0, 10),
          periodYear: String(update.periodYear),
          status: update.status,
          progress: String(update.progress),
          narrative: wording(update.narrative),
          milestones: wording(update.milestones),
          issues: wording(update.issues),
          evidenceLinks: update.evidenceLinks.join("\n"),
        }}
      />
    </div>
  );
}
