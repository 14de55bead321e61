import type { Metadata } from "next";
import { BriefingView } from "@/components/reports/briefing-view";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { PUBLIC } from "@/lib/reads/define";
import { editionOf } from "@/lib/reports/route";
import { routes } from "@/lib/routes";

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/reports/[number]/briefing">): Promise<Metadata> {
  const [t, edition] = await Promise.all([
    getT(await localeOf(params), "reports"),
    editionOf(PUBLIC, params),
  ]);
  return {
    title: `${t("briefing.title")} · ${t("edition.name", { year: edition.period.year, number: edition.number })}`,
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
