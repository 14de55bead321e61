import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddSectionForm } from "@/components/plan-editor/add-section-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { languageTag } from "@/lib/i18n/settings";
import { getPlanForEditing } from "@/lib/plan/editor-queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/plan/[slug]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("planEditor.title") };
}

const INDENT = { chapter: "", section: "pl-6", subsection: "pl-12" } as const;

export default async function PlanOutlineEditorPage({ params }: PageProps<"/[lng]/staff/plan/[slug]">) {
  const lng = await localeOf(params);
  const { slug } = await params;
  const actor = await requirePermission(lng, routes.staff.planEditor(lng, slug), "plan.edit");
  const [t, plan] = await Promise.all([getT(lng, "translations"), getPlanForEditing(actor, slug, lng)]);
  if (!plan) notFound();
  return (
    <div className="space-y-8">
      <p>
        <a href={routes.staff.plans(lng)} className="text-river-700 underline">
          {t("plans.title")}
        </a>
      </p>
      <PageHeader title={plan.title.value} lead={t("planEditor.lead")} />
      <ol className="space-y-1" data-testid="plan-outline">
        {plan.sections.map((section) => (
          <li key={section.id} className={INDENT[section.level as keyof typeof INDENT]}>
            <a
              href={routes.staff.planSection(lng, plan.slug, section.number)}
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
