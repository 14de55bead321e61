"use client";

import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "@/components/forms/date-field";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { FileField } from "@/components/forms/file-field";
import { postForm } from "@/components/forms/post-form";
import { TextArea } from "@/components/forms/text-area";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { editStatusUpdateAction } from "@/lib/projects/actions";
import {
  createStatusUpdateSchema,
  editStatusUpdateSchema,
  updateInputOf,
  type UpdateFormValues,
} from "@/lib/projects/schemas";
import { PROJECT_STATUSES } from "@/lib/projects/status";
import { routes } from "@/lib/routes";
import type { FieldErrors } from "@/lib/validation/errors";

function UpdateFields({
  values,
  set,
  errors,
  locales,
  confirmUnicode,
}: {
  values: UpdateFormValues;
  set: <K extends keyof UpdateFormValues>(name: K, value: UpdateFormValues[K]) => void;
  errors: FieldErrors;
  confirmUnicode: (name: string) => () => void;
  locales: { value: string; label: string }[];
}) {
  const { t } = useTranslation("projects");
  return (
    <>
      <div className="grid gap-4 md:grid-cols-4">
        <DateField
          label={t("updateForm.reportedOn")}
          name="reportedOn"
          value={values.reportedOn}
          onChange={(value) => set("reportedOn", value)}
          problems={errors.reportedOn}
        />
        <TextField
          label={t("updateForm.periodYear")}
          name="periodYear"
          inputMode="numeric"
          value={values.periodYear}
          onChange={(value) => set("periodYear", value)}
          hint={t("form.gregorianYear", { example: String(new Date().getUTCFullYear()) })}
          problems={errors.periodYear}
        />
        <SelectField
          label={t("updateForm.status")}
          name="status"
          value={values.status}
          onChange={(value) => set("status", value as UpdateFormValues["status"])}
          options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          problems={errors.status}
        />
        <TextField
          label={t("updateForm.progress")}
          name="progress"
          inputMode="numeric"
          value={values.progress}
          onChange={(value) => set("progress", value)}
          hint={t("updateForm.progressRule")}
          problems={errors.progress}
        />
      </div>
      <SelectField
        label={t("updateForm.locale")}
        name="locale"
        value={values.locale}
        onChange={(value) => set("locale", value as UpdateFormValues["locale"])}
        options={locales}
        problems={errors.locale}
      />
      <TextArea
        label={t("updateForm.narrative")}
        name="narrative"
        value={values.narrative}
        onChange={(value) => set("narrative", value)}
        problems={errors.narrative}
        confirmUnicode={confirmUnicode("narrative")}
        rows={6}
      />
      <TextArea
        label={t("updateForm.milestones")}
        name="milestones"
        value={values.milestones}
        onChange={(value) => set("milestones", value)}
        problems={errors.milestones}
        confirmUnicode={confirmUnicode("milestones")}
        rows={3}
      />
      <TextArea
        label={t("updateForm.issues")}
        name="issues"
        value={values.issues}
        onChange={(value) => set("issues", value)}
        problems={errors.issues}
        confirmUnicode={confirmUnicode("issues")}
        rows={3}
      />
      <TextArea
        label={t("updateForm.evidence")}
        hint={t("updateForm.evidenceHint")}
        name="evidenceLinks"
        value={values.evidenceLinks}
        onChange={(value) => set("evidenceLinks", value)}
        problems={
          errors.evidenceLinks ??
          Object.entries(errors)
            .filter(([key]) => key.startsWith("evidenceLinks."))
            .flatMap(([, problems]) => problems)
        }
        rows={3}
      />
    </>
  );
}

/** A new status update, with files that go up in the same request and are checked by content. */
export function NewUpdateForm({
  lng,
  projectCode,
  initial,
  locales,
}: {
  lng: string;
  projectCode: string;
  initial: UpdateFormValues;
  locales: { value: string; label: string }[];
}) {
  const { t } = useTranslation("projects");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const files = useRef<HTMLInputElement>(null);
  const form = useMutationForm({
    initial,
    schema: createStatusUpdateSchema,
    action: ({
      attachments,
      ...update
    }: ReturnType<typeof updateInputOf> & { projectCode: string; attachments: File[] }) =>
      postForm<{ id: string }>(routes.api.statusUpdates(), update, { attachments }),
    toInput: (values) => ({
      ...updateInputOf(values),
      projectCode,
      attachments: [...(files.current?.files ?? [])],
    }),
    warnOnLeave: ts("unsaved"),
    onSuccess: () => after.goTo(routes.staff.project(lng, projectCode)),
  });

  return (
    <form onSubmit={form.submit} className="space-y-4" noValidate data-testid="update-form">
      <FormMessage error={form.formError} />
      <UpdateFields
        values={form.values}
        set={form.set}
        errors={form.errors}
        locales={locales}
        confirmUnicode={form.confirmUnicode}
      />
      <FileField
        ref={files}
        label={t("updateForm.attachments")}
        name="attachments"
        hint={t("updateForm.attachmentsHint")}
        multiple
        accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods"
        problems={form.errors.attachments}
      />
      <SubmitButton pending={form.pending}>{t("updateForm.submit")}</SubmitButton>
    </form>
  );
}

/** Correcting an update already saved (its files stay as they are). */
export function EditUpdateForm({
  lng,
  projectCode,
  id,
  version,
  initial,
  locales,
}: {
  lng: string;
  projectCode: string;
  id: string;
  version: number;
  initial: UpdateFormValues;
  locales: { value: string; label: string }[];
}) {
  const { t } = useTranslation("projects");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const form = useMutationForm({
    initial,
    schema: editStatusUpdateSchema,
    action: editStatusUpdateAction,
    toInput: (values) => ({ ...updateInputOf(values), id, version }),
    warnOnLeave: ts("unsaved"),
    onSuccess: () => after.goTo(routes.staff.project(lng, projectCode)),
  });
  return (
    <form onSubmit={form.submit} className="space-y-4" noValidate>
      <FormMessage error={form.formError} />
      <UpdateFields
        values={form.values}
        set={form.set}
        errors={form.errors}
        locales={locales}
        confirmUnicode={form.confirmUnicode}
      />
      <SubmitButton pending={form.pending}>{t("updateForm.submit")}</SubmitButton>
    </form>
  );
}
