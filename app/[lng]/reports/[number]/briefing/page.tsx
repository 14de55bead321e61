import type { Metadata } from "next";
import { BriefingView } from "@/components/reports/briefing-view";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { PUBLIC } from "@/lib/reads/define";
import { editionOf } from "@/lib/reports/route";
import { routes } from "@/lib/routes";
import { alternatesFor } from "@/lib/seo/alternates";

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/reports/[number]/briefing">): Promise<Metadata> {
  const lng = await localeOf(params);
  const [t, edition] = await Promise.all([getT(lng, "reports"), editionOf(PUBLIC, params)]);
  return {
    title: `${t("briefing.title")} · ${t("edition.name", { year: edition.period.year, number: edition.number })}`,
    alternates: alternatesFor(lng, `/reports/${edition.number}/briefing`),
  };
}

export default async function BriefingPage({ params }: PageProps<"/[lng]/reports/[number]/briefing">) {
  const lng = await localeOf(params);
  const edition = await editionOf(PUBLIC, params);
  return (
    <BriefingView
      viewer={PUBLIC}
      edition={edition}
      pdfHref={routes.briefingPdf(lng, edition.number)}
      lng={lng}
    />
  );
}
