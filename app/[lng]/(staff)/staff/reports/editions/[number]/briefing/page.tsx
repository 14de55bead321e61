import type { Metadata } from "next";
import { BriefingView } from "@/components/reports/briefing-view";
import { requirePermission } from "@/lib/auth/guard";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { editionOf } from "@/lib/reports/route";

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
  await requirePermission(
    lng,
    `/${lng}/staff/reports/editions/${(await params).number}/briefing`,
    "staff.read",
  );
  const edition = await editionOf(params, true);
  return (
    <BriefingView
      edition={edition}
      includeUnpublished
      pdfHref={`/${lng}/staff/reports/editions/${edition.number}/briefing.pdf`}
      lng={lng}
    />
  );
}
