import type { Metadata } from "next";
import { AreaCards } from "@/components/cooperation/area-cards";
import { TranslationNotice } from "@/components/i18n/translation-note";
import { getPriorityAreas } from "@/lib/cooperation/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { alternatesFor } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: PageProps<"/[lng]/priority-areas">): Promise<Metadata> {
  const lng = await localeOf(params);
  const t = await getT(lng, "plan");
  return { title: t("areas.title"), alternates: alternatesFor(lng, "/priority-areas") };
}

export default async function PriorityAreasPage({ params }: PageProps<"/[lng]/priority-areas">) {
  const lng = await localeOf(params);
  const [t, areas] = await Promise.all([getT(lng, "plan"), getPriorityAreas(lng)]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("areas.title")} lead={t("areas.lead")} />
      <TranslationNotice
        lng={lng}
        texts={areas.flatMap((area) => (area.description ? [area.name, area.description] : [area.name]))}
      />
      <section aria-labelledby="core" className="space-y-4">
        <h2 id="core" className="text-2xl font-bold">
          {t("areas.core")}
        </h2>
        <AreaCards areas={areas.filter((area) => area.isCore)} lng={lng} />
      </section>
      <section aria-labelledby="further" className="space-y-4">
        <h2 id="further" className="text-2xl font-bold">
          {t("areas.further")}
        </h2>
        <AreaCards areas={areas.filter((area) => !area.isCore)} lng={lng} />
      </section>
    </div>
  );
}
