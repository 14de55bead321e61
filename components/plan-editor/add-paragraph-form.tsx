"use client";

import { useTranslation } from "react-i18next";
import { FormMessage, SelectField, SubmitButton } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { addParagraphAction } from "@/lib/plan/actions";
import { paragraphAnchor } from "@/lib/plan/numbering";
import { addParagraphSchema } from "@/lib/plan/schemas";
import { routes } from "@/lib/routes";

/** Adds a commitment paragraph to a section, at its end or after a chosen paragraph. */
export function AddParagraphForm({
  lng,
  plan,
  sectionNumber,
  sectionId,
  paragraphs,
  lang,
}: {
  lng: string;
  plan: string;
  sectionNumber: string;
  sectionId: string;
  paragraphs: { id: string; citation: string }[];
  lang: string;
}) {
  const { t } = useTranslation("translations");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const form = useMutationForm({
    initial: { afterId: "", body: "" },
    schema: addParagraphSchema,
    action: addParagraphAction,
    toInput: (values) => ({ sectionId, afterId: values.afterId || null, body: values.body }),
    warnOnLeave: ts("unsaved"),
    // The section's page with the new paragraph marked and scrolled to.
    onSuccess: (data) =>
      after.goTo(
        routes.staff.planSection(
          lng,
          plan,
          sectionNumber,
          { added: data.citation },
          paragraphAnchor(data.citation),
        ),
      ),
  });
  return (
    <form onSubmit={form.submit} className="space-y-3" noValidate data-testid="add-paragraph-form">
      <FormMessage error={form.formError} />
      <TextArea label={t("planEditor.paragraphText")} {...form.field("body")} rows={5} lang={lang} />
      <SelectField
        label={t("planEditor.position")}
        {...form.field("afterId")}
        options={[
          { value: "", label: t("planEditor.atEnd") },
          ...paragraphs.map((paragraph) => ({
            value: paragraph.id,
            label: t("planEditor.after", { citation: paragraph.citation }),
          })),
        ]}
      />
      <SubmitButton pending={form.pending}>{t("planEditor.addParagraph")}</SubmitButton>
    </form>
  );
}
