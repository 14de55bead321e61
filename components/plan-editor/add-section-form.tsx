"use client";

import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/fields";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { addSectionAction } from "@/lib/plan/actions";
import { addSectionSchema } from "@/lib/plan/schemas";
import { routes } from "@/lib/routes";

/** Adds a chapter (no parent) or a section or sub-section under `parentId`; its number comes next. */
export function AddSectionForm({
  lng,
  plan,
  parentId,
  label,
}: {
  lng: string;
  plan: string;
  parentId: string | null;
  label: string;
}) {
  const { t } = useTranslation("translations");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const form = useMutationForm({
    initial: { title: "" },
    schema: addSectionSchema,
    action: addSectionAction,
    toInput: (values) => ({ plan, parentId, title: values.title }),
    warnOnLeave: ts("unsaved"),
    onSuccess: (data) => after.goTo(routes.staff.planSection(lng, plan, data.number)),
  });
  return (
    <form onSubmit={form.submit} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <TextField
          label={label}
          name={`title-${parentId ?? "chapter"}`}
          value={form.values.title}
          onChange={(value) => form.set("title", value)}
          problems={form.errors.title}
          confirmUnicode={form.confirmUnicode("title")}
        />
      </div>
      <SubmitButton pending={form.pending}>{t("planEditor.addSection")}</SubmitButton>
      <FormMessage error={form.formError} />
    </form>
  );
}
