"use client";

import { useRef, useState, useTransition } from "react";
import { useTranslation } from "react-i18next";
import { FormMessage, ProblemList, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { useUnsavedWarning } from "@/components/forms/use-unsaved-warning";
import type { MutationErrorCode } from "@/lib/mutations/result";
import { createStatusUpdateAction, editStatusUpdateAction } from "@/lib/projects/actions";
import { editStatusUpdateSchema, statusUpdateFormSchema } from "@/lib/projects/schemas";
import { PROJECT_STATUSES } from "@/lib/projects/status";
import { fieldErrors, type FieldErrors } from "@/lib/validation/errors";

export type UpdateFormState = {
  locale: string;
  reportedOn: string;
  periodYear: string;
  status: string;
  progress: string;
  narrative: string;
  milestones: string;
  issues: string;
  evidenceLinks: string;
};

const links = (text: string) =>
  text
    .split(/\s+/)
    .map((link) => link.trim())
    .filter(Boolean);

function UpdateFields({
  values,
  set,
  errors,
  locales,
}: {
  values: UpdateFormState;
  set: (name: keyof UpdateFormState, value: string) => void;
  errors: FieldErrors;
  locales: { value: string; label: string }[];
}) {
  const { t } = useTranslation("projects");
  return (
    <>
      <div className="grid gap-4 md:grid-cols-4">
        <TextField
          label={t("updateForm.reportedOn")}
          name="reportedOn"
          type="date"
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
          problems={errors.periodYear}
        />
        <SelectField
          label={t("updateForm.status")}
          name="status"
          value={values.status}
          onChange={(value) => set("status", value)}
          options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          problems={errors.status}
        />
        <TextField
          label={t("updateForm.progress")}
          name="progress"
          inputMode="numeric"
          value={values.progress}
          onChange={(value) => set("progress", value)}
          problems={errors.progress}
        />
      </div>
      <SelectField
        label={t("updateForm.locale")}
        name="locale"
        value={values.locale}
        onChange={(value) => set("locale", value)}
        options={locales}
        problems={errors.locale}
      />
      <TextArea
        label={t("updateForm.narrative")}
        name="narrative"
        value={values.narrative}
        onChange={(value) => set("narrative", value)}
        problems={errors.narrative}
        rows={6}
      />
      <TextArea
        label={t("updateForm.milestones")}
        name="milestones"
        value={values.milestones}
        onChange={(value) => set("milestones", value)}
        problems={errors.milestones}
        rows={3}
      />
      <TextArea
        label={t("updateForm.issues")}
        name="issues"
        value={values.issues}
        onChange={(value) => set("issues", value)}
        problems={errors.issues}
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
  initial: UpdateFormState;
  locales: { value: string; label: string }[];
}) {
  const { t } = useTranslation("projects");
  const { t: ts } = useTranslation("staff");
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<MutationErrorCode | null>(null);
  const [pending, startTransition] = useTransition();
  const files = useRef<HTMLInputElement>(null);
  const set = (name: keyof UpdateFormState, value: string) =>
    setValues((previous) => ({ ...previous, [name]: value }));
  const allowLeave = useUnsavedWarning(JSON.stringify(values) !== JSON.stringify(initial), ts("unsaved"));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const payload = { ...values, projectCode, evidenceLinks: links(values.evidenceLinks) };
    const checked = statusUpdateFormSchema.safeParse(payload);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error));
      setFormError("invalid");
      return;
    }
    const body = new FormData();
    body.set("payload", JSON.stringify(payload));
    for (const file of files.current?.files ?? []) body.append("attachments", file);
    startTransition(async () => {
      const result = await createStatusUpdateAction(body);
      if (result.ok) {
        allowLeave();
        window.location.assign(`/${lng}/staff/projects/${projectCode}`);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setFormError(result.error);
    });
  };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="update-form">
      <FormMessage error={formError} />
      <UpdateFields values={values} set={set} errors={errors} locales={locales} />
      <div>
        <label htmlFor="attachments" className="block text-sm font-medium text-slate-800">
          {t("updateForm.attachments")}
        </label>
        <p id="attachments-hint" className="text-sm text-slate-600">
          {t("updateForm.attachmentsHint")}
        </p>
        <input
          ref={files}
          id="attachments"
          name="attachments"
          type="file"
          multiple
          aria-describedby="attachments-hint"
          accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods"
          className="mt-1 block text-sm"
        />
        <ProblemList id="attachments-error" problems={errors.attachments} />
      </div>
      <SubmitButton pending={pending}>{t("updateForm.submit")}</SubmitButton>
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
  initial: UpdateFormState;
  locales: { value: string; label: string }[];
}) {
  const { t } = useTranslation("projects");
  const { t: ts } = useTranslation("staff");
  const form = useMutationForm<{ version: number }, UpdateFormState>({
    initial,
    schema: editStatusUpdateSchema,
    action: editStatusUpdateAction,
    toInput: (values) => ({ ...values, id, version, evidenceLinks: links(values.evidenceLinks) }),
    warnOnLeave: ts("unsaved"),
    onSuccess: () => window.location.assign(`/${lng}/staff/projects/${projectCode}`),
  });
  return (
    <form onSubmit={form.submit} className="space-y-4" noValidate>
      <FormMessage error={form.formError} />
      <UpdateFields
        values={form.values}
        set={(name, value) => form.set(name, value)}
        errors={form.errors}
        locales={locales}
      />
      <SubmitButton pending={form.pending}>{t("updateForm.submit")}</SubmitButton>
    </form>
  );
}
