import type { Metadata } from "next";
import { EditionList } from "@/components/reports/edition-list";
import { PageHeader } from "@/components/ui/page-header";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { PUBLIC } from "@/lib/reads/define";
import { listEditions } from "@/lib/reports/edition-queries";
import { routes } from "@/lib/routes";
import { alternatesFor } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: PageProps<"/[lng]/reports">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "reports");
  return { title: t("edition.listTitle"), alternates: alternatesFor(lng, "/reports") };
}

export default async function ReportsPage({ params }: PageProps<"/[lng]/reports">) {
  const lng = await localeOf(params);
  const [t, editions] = await Promise.all([getT(lng, "reports"), listEditions(PUBLIC)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("edition.listTitle")} lead={t("edition.listLead")} />
      {editions.length ? (
        <EditionList editions={editions} href={(number) => routes.edition(lng, number)} lng={lng} />
      ) : (
        <p>{t("edition.none")}</p>
      )}
    </div>
  );
}
