import type { Metadata } from "next";
import { EditionList } from "@/components/reports/edition-list";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { listEditions } from "@/lib/reports/edition-queries";

export async function generateMetadata({ params }: PageProps<"/[lng]/reports">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "reports");
  return { title: t("edition.listTitle") };
}

export default async function ReportsPage({ params }: PageProps<"/[lng]/reports">) {
  const lng = await localeOf(params);
  const [t, editions] = await Promise.all([getT(lng, "reports"), listEditions(false)]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">{t("edition.listTitle")}</h1>
        <p className="max-w-3xl text-slate-700">{t("edition.listLead")}</p>
      </header>
      {editions.length ? (
        <EditionList editions={editions} base={`/${lng}/reports`} lng={lng} />
      ) : (
        <p>{t("edition.none")}</p>
      )}
    </div>
  );
}
