"use client";

import { useTranslation } from "react-i18next";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { useAfterSave } from "@/components/forms/use-after-save";
import { editSourceAction } from "@/lib/plan/actions";
import { editSourceSchema } from "@/lib/plan/schemas";

/** Rewords a section title or a paragraph in the plan's source language. */
export function SourceTextForm({
  kind,
  id,
  version,
  value,
  label,
  lang,
}: {
  kind: "section" | "paragraph";
  id: string;
  version: number;
  value: string;
  label: string;
  lang: string;
}) {
  const { t } = useTranslation("translations");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const form = useMutationForm({
    initial: { value },
    schema: editSourceSchema,
    action: editSourceAction,
    toInput: (values) => ({ kind, id, version, value: values.value }),
    warnOnLeave: ts("unsaved"),
    onSuccess: after.refresh,
  });
  return (
    <form onSubmit={form.submit} className="space-y-2" noValidate>
      <FormMessage error={form.formError} />
      {form.formError === "conflict" && (
        <ConflictNotice
          current={{ value: t("planEditor.changedElsewhere") }}
          mine={{ value: form.values.value }}
        />
      )}
      <TextArea
        label={label}
        hint={t("planEditor.staleHint")}
        name={`source-${id}`}
        value={form.values.value}
        onChange={(next) => form.set("value", next)}
        problems={form.errors.value}
        confirmUnicode={form.confirmUnicode("value")}
        rows={kind === "section" ? 2 : 5}
        lang={lang}
      />
      <SubmitButton pending={form.pending}>{t("planEditor.saveSource")}</SubmitButton>
    </form>
  );
}
