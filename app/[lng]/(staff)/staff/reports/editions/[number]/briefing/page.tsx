import type { Metadata } from "next";
import { BriefingView } from "@/components/reports/briefing-view";
import { requirePermission } from "@/lib/auth/guard";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { editionOf } from "@/lib/reports/route";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/reports/editions/[number]/briefing">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "reports");
  return { title: t("briefing.title") };
}

export default async function StaffBriefingPage({
  params,
}: PageProps<"/[lng]/staff/reports/editions/[number]/briefing">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(
    lng,
    routes.staff.briefing(lng, Number((await params).number)),
    "staff.read",
  );
  const edition = await editionOf(actor, params);
  return (
    <BriefingView
      viewer={actor}
      edition={edition}
      pdfHref={routes.staff.briefingPdf(lng, edition.number)}
      lng={lng}
    />
  );
}
