import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Localized } from "@/components/i18n/localized";
import { TranslationNotice } from "@/components/i18n/translation-note";
import { PlanText } from "@/components/plan/plan-text";
import { getPriorityArea } from "@/lib/cooperation/queries";
import { localeOf } from "@/lib/i18n/route-params";
import type { Locale } from "@/lib/i18n/settings";
import { getT } from "@/lib/i18n/server";
import { subtree } from "@/lib/plan/outline";
import { getFeaturedPlan, getParagraphs, getPlanOutline } from "@/lib/plan/queries";
import { RollupSummary } from "@/components/projects/rollup-summary";
import { areaRollups, planRollups } from "@/lib/projects/rollup";
import { PUBLIC } from "@/lib/reads/define";
import { routes } from "@/lib/routes";
import { PAGE_TITLE } from "@/components/ui/page-header";
import { alternatesFor } from "@/lib/seo/alternates";

const SLUG = /^[a-z0-9-]{1,80}$/;

async function loadArea(lng: Locale, slug: string) {
  if (!SLUG.test(slug)) return null;
  const plan = await getFeaturedPlan(lng);
  const area = await getPriorityArea(slug, plan?.id ?? null, lng);
  return area && { plan, area };
}

/** Rendered on first request, then cached (see app/[lng]/layout.tsx). */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/priority-areas/[slug]">): Promise<Metadata> {
  const lng = await localeOf(params);
  const found = await loadArea(lng, (await params).slug);
  return found
    ? {
        title: found.area.name.value,
        alternates: alternatesFor(lng, `/priority-areas/${(await params).slug}`),
      }
    : {};
}

export default async function PriorityAreaPage({ params }: PageProps<"/[lng]/priority-areas/[slug]">) {
  const lng = await localeOf(params);
  const found = await loadArea(lng, (await params).slug);
  if (!found) notFound();
  const { plan, area } = found;
  const outline = plan ? await getPlanOutline(plan.id, lng) : [];
  const sections = area.sectionIds.flatMap((id) => subtree(outline, id));
  const [t, paragraphs, rollups, areas] = await Promise.all([
    getT(lng, "plan"),
    plan && sections.length
      ? getParagraphs(
          plan.id,
          sections.map((section) => section.id),
          lng,
        )
      : [],
    plan ? planRollups(PUBLIC, plan.id) : { sections: new Map(), paragraphs: new Map() },
    areaRollups(PUBLIC),
  ]);
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <a href={routes.priorityAreas(lng)} className="text-river-700 hover:underline">
            {t("areas.title")}
          </a>
        </p>
        <Localized as="h1" text={area.name} lng={lng} className={PAGE_TITLE} />
        {area.description && (
          <Localized as="p" text={area.description} lng={lng} className="max-w-3xl text-lg" />
        )}
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">{t("areas.pillar")}</dt>
            <dd>
              <Localized text={area.pillar.name} lng={lng} />
            </dd>
          </div>
          {area.workingGroups.length > 0 && (
            <div>
              <dt className="text-slate-600">{t("areas.workingGroups")}</dt>
              {area.workingGroups.map((group) => (
                <dd key={group.slug}>
                  <Localized text={group.name} lng={lng} />
                </dd>
              ))}
            </div>
          )}
        </dl>
      </header>
      <section aria-labelledby="implementation" className="space-y-2">
        <h2 id="implementation" className="text-2xl font-bold">
          {t("areas.implementation")}
        </h2>
        <RollupSummary
          rollup={areas.get(area.slug)}
          lng={lng}
          href={routes.projects(lng, { area: area.slug })}
        />
      </section>
      <TranslationNotice
        lng={lng}
        texts={[
          area.name,
          area.pillar.name,
          ...area.workingGroups.map((group) => group.name),
          ...sections.map((section) => section.title),
          ...paragraphs.map((paragraph) => paragraph.body),
        ]}
      />
      <section aria-labelledby="commitments" className="space-y-4">
        <h2 id="commitments" className="text-2xl font-bold">
          {t("areas.commitments")}
        </h2>
        {sections.length ? (
          <PlanText
            sections={sections}
            paragraphs={paragraphs}
            lng={lng}
            topLevel={3}
            linkHeadings
            rollups={rollups}
          />
        ) : (
          <p className="text-slate-700">{t("areas.noSections")}</p>
        )}
      </section>
    </article>
  );
}
