import type { Metadata } from "next";
import { EditionView } from "@/components/reports/edition-view";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { PUBLIC } from "@/lib/reads/define";
import { editionOf } from "@/lib/reports/route";
import { routes } from "@/lib/routes";
import { alternatesFor } from "@/lib/seo/alternates";

/** Rendered on first request, then cached: an edition never changes (publishing revalidates). */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[lng]/reports/[number]">): Promise<Metadata> {
  const lng = await localeOf(params);
  const [t, edition] = await Promise.all([getT(lng, "reports"), editionOf(PUBLIC, params)]);
  return {
    title: t("edition.name", { year: edition.period.year, number: edition.number }),
    alternates: alternatesFor(lng, `/reports/${edition.number}`),
  };
}

export default async function EditionPage({ params }: PageProps<"/[lng]/reports/[number]">) {
  const lng = await localeOf(params);
  const edition = await editionOf(PUBLIC, params);
  return (
    <EditionView
      viewer={PUBLIC}
      edition={edition}
      briefingHref={routes.briefing(lng, edition.number)}
      fileHref={(table, format) => routes.editionFile(lng, edition.number, table, format)}
      lng={lng}
    />
  );
}
