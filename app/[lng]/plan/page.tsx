import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Localized } from "@/components/i18n/localized";
import { TranslationNotice } from "@/components/i18n/translation-note";
import { PlanText } from "@/components/plan/plan-text";
import { PlanToc } from "@/components/plan/plan-toc";
import { PlanStatusLine } from "@/components/plan/plan-status-line";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { getFeaturedPlan, getParagraphs, getPlanOutline } from "@/lib/plan/queries";
import { planRollups } from "@/lib/projects/rollup";
import { PUBLIC } from "@/lib/reads/define";
import { PAGE_TITLE } from "@/components/ui/page-header";
import { alternatesFor } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: PageProps<"/[lng]/plan">): Promise<Metadata> {
  const lng = await localeOf(params);
  const plan = await getFeaturedPlan(lng);
  return { title: plan?.title.value, alternates: alternatesFor(lng, "/plan") };
}

export default async function PlanPage({ params }: PageProps<"/[lng]/plan">) {
  const lng = await localeOf(params);
  const plan = await getFeaturedPlan(lng);
  if (!plan) notFound();
  const [t, outline, paragraphs, rollups] = await Promise.all([
    getT(lng, "plan"),
    getPlanOutline(plan.id, lng),
    getParagraphs(plan.id, "all", lng),
    planRollups(PUBLIC, plan.id),
  ]);
  return (
    <article>
      <header className="mb-6 space-y-2">
        <PlanStatusLine plan={plan} lng={lng} />
        <Localized as="h1" text={plan.title} lng={lng} className={PAGE_TITLE} />
        <p className="text-slate-700">{t("toc.lead")}</p>
      </header>
      <TranslationNotice
        lng={lng}
        texts={[plan.title, ...outline.map((section) => section.title), ...paragraphs.map((p) => p.body)]}
      />
      <div className="grid gap-10 lg:grid-cols-[17rem_1fr]">
        <aside className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <PlanToc outline={outline} lng={lng} title={t("toc.title")} />
        </aside>
        <div>
          <PlanText
            sections={outline}
            paragraphs={paragraphs}
            lng={lng}
            topLevel={2}
            linkHeadings
            rollups={rollups}
          />
        </div>
      </div>
    </article>
  );
}
