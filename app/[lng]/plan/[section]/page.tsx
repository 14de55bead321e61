import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TranslationNotice } from "@/components/i18n/translation-note";
import { Breadcrumbs } from "@/components/plan/breadcrumbs";
import { PlanText } from "@/components/plan/plan-text";
import { SectionPager } from "@/components/plan/section-pager";
import { SectionTags } from "@/components/plan/section-tags";
import { localeOf } from "@/lib/i18n/route-params";
import type { Locale } from "@/lib/i18n/settings";
import { headingNumber, numberFromSlug } from "@/lib/plan/numbering";
import { ancestors, neighbours, subtree } from "@/lib/plan/outline";
import { getFeaturedPlan, getParagraphs, getPlanOutline } from "@/lib/plan/queries";
import { planRollups } from "@/lib/projects/rollup";
import { PUBLIC } from "@/lib/reads/define";
import { alternatesFor } from "@/lib/seo/alternates";

async function findSection(lng: Locale, slug: string) {
  const number = numberFromSlug(slug);
  const plan = number ? await getFeaturedPlan(lng) : null;
  if (!number || !plan) return null;
  const outline = await getPlanOutline(plan.id, lng);
  const section = outline.find((entry) => entry.number === number);
  return section ? { plan, outline, section } : null;
}

/** Rendered on first request, then cached (see app/[lng]/layout.tsx). */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[lng]/plan/[section]">): Promise<Metadata> {
  const lng = await localeOf(params);
  const found = await findSection(lng, (await params).section);
  if (!found) return {};
  return {
    title: `${headingNumber(found.section.number, lng)} ${found.section.title.value}`,
    alternates: alternatesFor(lng, `/plan/${(await params).section}`),
  };
}

export default async function SectionPage({ params }: PageProps<"/[lng]/plan/[section]">) {
  const lng = await localeOf(params);
  const found = await findSection(lng, (await params).section);
  if (!found) notFound();
  const { plan, outline, section } = found;
  const sections = subtree(outline, section.id);
  const [paragraphs, rollups] = await Promise.all([
    getParagraphs(
      plan.id,
      sections.map((entry) => entry.id),
      lng,
    ),
    planRollups(PUBLIC, plan.id),
  ]);
  return (
    <article>
      <Breadcrumbs lng={lng} plan={plan} trail={ancestors(outline, section)} />
      <TranslationNotice
        lng={lng}
        texts={[...sections.map((entry) => entry.title), ...paragraphs.map((p) => p.body)]}
      />
      <SectionTags section={section} outline={outline} lng={lng} />
      <PlanText sections={sections} paragraphs={paragraphs} lng={lng} topLevel={1} rollups={rollups} />
      <SectionPager lng={lng} {...neighbours(outline, section)} />
    </article>
  );
}
