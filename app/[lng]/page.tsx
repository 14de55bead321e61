import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AreaCards } from "@/components/cooperation/area-cards";
import { Localized } from "@/components/i18n/localized";
import { TranslationNotice } from "@/components/i18n/translation-note";
import { PlanFacts } from "@/components/plan/plan-facts";
import { PlanStatusLine } from "@/components/plan/plan-status-line";
import { getPillars, getPriorityAreas, getTerm } from "@/lib/cooperation/queries";
import { formatYearRange } from "@/lib/i18n/format";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { routes } from "@/lib/routes";
import { ButtonLink } from "@/components/ui/button";
import { PAGE_TITLE } from "@/components/ui/page-header";
import { alternatesFor } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: PageProps<"/[lng]">): Promise<Metadata> {
  return { alternates: alternatesFor(await localeOf(params), "") };
}

export default async function HomePage({ params }: PageProps<"/[lng]">) {
  const lng = await localeOf(params);
  const [t, plan, pillars, areas, cooperationName] = await Promise.all([
    getT(lng, "plan"),
    getFeaturedPlan(lng),
    getPillars(lng),
    getPriorityAreas(lng),
    getTerm("cooperation-name", lng),
  ]);
  if (!plan) notFound();
  const shown: LocalizedText[] = [
    plan.title,
    plan.summary,
    ...plan.phases.flatMap((phase) => [phase.name, phase.description]),
    ...pillars.flatMap((pillar) => [pillar.name, pillar.description]),
    ...areas.flatMap((area) => (area.description ? [area.name, area.description] : [area.name])),
  ];
  return (
    <div className="space-y-12">
      <section aria-labelledby="plan-title" className="space-y-4">
        {cooperationName && (
          <Localized as="p" text={cooperationName} lng={lng} className="text-lg text-river-700" />
        )}
        <Localized as="h1" text={plan.title} lng={lng} className={`${PAGE_TITLE} sm:text-4xl`} />
        <PlanStatusLine plan={plan} lng={lng} />
        <TranslationNotice lng={lng} texts={shown} />
        <Localized as="p" text={plan.summary} lng={lng} className="max-w-3xl text-lg leading-relaxed" />
        <ButtonLink href={routes.plan(lng)} variant="primary">
          {t("home.readPlan")}
        </ButtonLink>
        <PlanFacts plan={plan} lng={lng} />
      </section>

      <section aria-labelledby="phases" className="space-y-4">
        <h2 id="phases" className="text-2xl font-bold">
          {t("home.phasesTitle")}
        </h2>
        <ol className="grid gap-4 md:grid-cols-2">
          {plan.phases.map((phase) => (
            <li key={phase.startYear} className="rounded border border-slate-200 p-5">
              <p className="text-sm font-semibold text-river-700">
                {formatYearRange(phase.startYear, phase.endYear, lng)}
              </p>
              <Localized as="h3" text={phase.name} lng={lng} className="text-lg font-semibold" />
              <Localized as="p" text={phase.description} lng={lng} className="mt-1 text-slate-700" />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="pillars" className="space-y-4">
        <h2 id="pillars" className="text-2xl font-bold">
          {t("home.pillarsTitle")}
        </h2>
        <ol className="grid gap-4 md:grid-cols-3">
          {pillars.map((pillar) => (
            <li key={pillar.slug} className="rounded border-t-4 border-river-600 bg-river-50 p-5">
              <Localized as="h3" text={pillar.name} lng={lng} className="text-lg font-semibold" />
              <Localized as="p" text={pillar.description} lng={lng} className="mt-1 text-slate-700" />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="areas" className="space-y-4">
        <h2 id="areas" className="text-2xl font-bold">
          {t("home.areasTitle")}
        </h2>
        <AreaCards areas={areas.filter((area) => area.isCore)} lng={lng} />
        <h3 className="pt-2 text-lg font-semibold">{t("home.furtherAreasTitle")}</h3>
        <p className="text-slate-700">{t("home.furtherAreasLead")}</p>
        <ul className="flex flex-wrap gap-2">
          {areas
            .filter((area) => !area.isCore)
            .map((area) => (
              <li key={area.slug}>
                <a
                  href={routes.priorityArea(lng, area.slug)}
                  className="inline-block rounded-full border border-river-600 px-3 py-1 text-sm text-river-800 hover:bg-river-50"
                >
                  <Localized text={area.name} lng={lng} />
                </a>
              </li>
            ))}
        </ul>
      </section>
    </div>
  );
}
