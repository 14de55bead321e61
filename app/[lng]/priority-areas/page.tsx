import type { Metadata } from "next";
import { AreaCards } from "@/components/cooperation/area-cards";
import { TranslationNotice } from "@/components/i18n/translation-note";
import { getPriorityAreas } from "@/lib/cooperation/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata({ params }: PageProps<"/[lng]/priority-areas">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "plan");
  return { title: t("areas.title") };
}

export default async function PriorityAreasPage({ params }: PageProps<"/[lng]/priority-areas">) {
  const lng = await localeOf(params);
  const [t, areas] = await Promise.all([getT(lng, "plan"), getPriorityAreas(lng)]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">{t("areas.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("areas.lead")}</p>
      </header>
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
