import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/forms/action-button";
import { AddParagraphForm } from "@/components/plan-editor/add-paragraph-form";
import { AddSectionForm } from "@/components/plan-editor/add-section-form";
import { SourceTextForm } from "@/components/plan-editor/source-text-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { languageName } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { languageTag } from "@/lib/i18n/settings";
import { moveItemAction, retireItemAction } from "@/lib/plan/actions";
import { getPlanForEditing, getSectionForEditing } from "@/lib/plan/editor-queries";
import { numberFromSlug, paragraphAnchor } from "@/lib/plan/numbering";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/plan/[slug]/[section]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "translations");
  return { title: t("planEditor.sectionTitle", { number: numberFromSlug((await params).section) ?? "" }) };
}

/** One section of a plan: its title, its paragraphs (reword, move, retire), and what can be added to it. */
export default async function SectionEditorPage({ params }: PageProps<"/[lng]/staff/plan/[slug]/[section]">) {
  const lng = await localeOf(params);
  const { slug, section: sectionParam } = await params;
  const number = numberFromSlug(sectionParam);
  if (!number) notFound();
  const actor = await requirePermission(lng, routes.staff.planSection(lng, slug, number), "plan.edit");
  const [t, plan] = await Promise.all([getT(lng, "translations"), getPlanForEditing(actor, slug, lng)]);
  if (!plan) notFound();
  const section = await getSectionForEditing(actor, plan.id, number);
  if (!section) notFound();
  const siblings = plan.sections.filter(
    (other) => other.parentId === plan.sections.find((item) => item.id === section.id)?.parentId,
  );
  const index = siblings.findIndex((other) => other.id === section.id);
  const active = section.paragraphs.filter((paragraph) => !paragraph.retired);
  return (
    <div className="space-y-8">
      <p>
        <a href={routes.staff.planEditor(lng, plan.slug)} className="text-river-700 underline">
          {plan.title.value}
        </a>
      </p>
      <PageHeader
        title={t("planEditor.sectionTitle", { number: section.number })}
        lead={t("planEditor.sourceLanguage", { language: languageName(section.sourceLocale, lng) })}
      >
        {section.retired && <p className="font-semibold text-earth-600">{t("planEditor.retired")}</p>}
        <div className="flex flex-wrap gap-2">
          {index > 0 && (
            <ActionButton
              label={t("planEditor.moveUp")}
              action={moveItemAction}
              input={{ kind: "section", id: section.id, version: section.version, direction: "up" }}
            />
          )}
          {index < siblings.length - 1 && (
            <ActionButton
              label={t("planEditor.moveDown")}
              action={moveItemAction}
              input={{ kind: "section", id: section.id, version: section.version, direction: "down" }}
            />
          )}
          <ActionButton
            label={section.retired ? t("planEditor.restore") : t("planEditor.retire")}
            action={retireItemAction}
            input={{ kind: "section", id: section.id, version: section.version, retired: !section.retired }}
          />
          <a href={routes.section(lng, section.number)} className="self-center text-river-700 underline">
            {t("planEditor.publicPage")}
          </a>
        </div>
      </PageHeader>
      <SourceTextForm
        key={section.version}
        kind="section"
        id={section.id}
        version={section.version}
        value={section.title}
        label={t("planEditor.titleLabel")}
        lang={languageTag[section.sourceLocale]}
      />
      <section aria-labelledby="paragraphs" className="space-y-4">
        <h2 id="paragraphs" className="text-xl font-semibold">
          {t("planEditor.paragraphs")}
        </h2>
        {section.paragraphs.length === 0 && <p>{t("planEditor.noParagraphs")}</p>}
        <ol className="space-y-6" data-testid="editor-paragraphs">
          {section.paragraphs.map((paragraph, position) => (
            <li
              key={paragraph.id}
              id={paragraphAnchor(paragraph.citation)}
              className={`space-y-2 rounded border p-4 ${paragraph.retired ? "border-earth-600 bg-earth-50" : "border-slate-200"}`}
            >
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-mono font-semibold">¶ {paragraph.citation}</span>
                {paragraph.retired && <span className="text-earth-600">{t("planEditor.retired")}</span>}
              </p>
              <SourceTextForm
                key={paragraph.version}
                kind="paragraph"
                id={paragraph.id}
                version={paragraph.version}
                value={paragraph.body}
                label={t("planEditor.paragraphLabel", { citation: paragraph.citation })}
                lang={languageTag[section.sourceLocale]}
              />
              <div className="flex flex-wrap gap-2">
                {position > 0 && (
                  <ActionButton
                    label={t("planEditor.moveUp")}
                    action={moveItemAction}
                    input={{
                      kind: "paragraph",
                      id: paragraph.id,
                      version: paragraph.version,
                      direction: "up",
                    }}
                  />
                )}
                {position < section.paragraphs.length - 1 && (
                  <ActionButton
                    label={t("planEditor.moveDown")}
                    action={moveItemAction}
                    input={{
                      kind: "paragraph",
                      id: paragraph.id,
                      version: paragraph.version,
                      direction: "down",
                    }}
                  />
                )}
                <ActionButton
                  label={paragraph.retired ? t("planEditor.restore") : t("planEditor.retire")}
                  action={retireItemAction}
                  input={{
                    kind: "paragraph",
                    id: paragraph.id,
                    version: paragraph.version,
                    retired: !paragraph.retired,
                  }}
                />
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="add-paragraph" className="space-y-2">
        <h2 id="add-paragraph" className="text-xl font-semibold">
          {t("planEditor.addParagraph")}
        </h2>
        <AddParagraphForm
          lng={lng}
          plan={plan.slug}
          sectionNumber={section.number}
          sectionId={section.id}
          paragraphs={active.map((paragraph) => ({ id: paragraph.id, citation: paragraph.citation }))}
          lang={languageTag[section.sourceLocale]}
        />
      </section>
      {section.level !== "subsection" && (
        <section aria-labelledby="add-subsection" className="space-y-2">
          <h2 id="add-subsection" className="text-xl font-semibold">
            {t("planEditor.addSubsection")}
          </h2>
          <AddSectionForm
            lng={lng}
            plan={plan.slug}
            parentId={section.id}
            label={t("planEditor.subsectionTitle")}
          />
        </section>
      )}
    </div>
  );
}
