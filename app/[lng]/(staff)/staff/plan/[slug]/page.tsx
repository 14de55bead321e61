import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddSectionForm } from "@/components/plan-editor/add-section-form";
import { requirePermission } from "@/lib/auth/guard";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { languageTag } from "@/lib/i18n/settings";
import { getPlanForEditing } from "@/lib/plan/editor-queries";
import { sectionSlug } from "@/lib/plan/numbering";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/plan/[slug]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("planEditor.title") };
}

const INDENT = { chapter: "", section: "pl-6", subsection: "pl-12" } as const;

export default async function PlanOutlineEditorPage({ params }: PageProps<"/[lng]/staff/plan/[slug]">) {
  const lng = await localeOf(params);
  const { slug } = await params;
  await requirePermission(lng, `/${lng}/staff/plan/${slug}`, "plan.edit");
  const [t, plan] = await Promise.all([getT(lng, "translations"), getPlanForEditing(slug, lng)]);
  if (!plan) notFound();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <a href={`/${lng}/staff/plan`} className="text-river-700 underline">
            {t("plans.title")}
          </a>
        </p>
        <h1 className="text-3xl font-bold text-river-900">{plan.title.value}</h1>
        <p className="max-w-3xl text-slate-700">{t("planEditor.lead")}</p>
      </header>
      <ol className="space-y-1" data-testid="plan-outline">
        {plan.sections.map((section) => (
          <li key={section.id} className={INDENT[section.level as keyof typeof INDENT]}>
            <a
              href={`/${lng}/staff/plan/${plan.slug}/${sectionSlug(section.number)}`}
              className={`text-river-700 underline ${section.retired ? "line-through" : ""}`}
            >
              {section.number} <span lang={languageTag[section.sourceLocale]}>{section.title}</span>
            </a>
            {section.retired && (
              <span className="ml-2 text-xs text-earth-600">{t("planEditor.retired")}</span>
            )}
          </li>
        ))}
      </ol>
      <section aria-labelledby="add-chapter" className="space-y-2">
        <h2 id="add-chapter" className="text-xl font-semibold">
          {t("planEditor.addChapter")}
        </h2>
        <AddSectionForm lng={lng} plan={plan.slug} parentId={null} label={t("planEditor.chapterTitle")} />
      </section>
    </div>
  );
}
