"use client";

import { useTranslation } from "react-i18next";
import { ActionButton } from "@/components/forms/action-button";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import type { MutationResult } from "@/lib/mutations/result";
import {
  approveReportAction,
  reopenReportAction,
  returnReportAction,
  submitReportAction,
} from "@/lib/reports/actions";
import { reopenReportSchema, returnReportSchema } from "@/lib/reports/schemas";
import type { ReportAction } from "@/lib/reports/workflow";

type Props = {
  reportId: string;
  version: number;
  /** The moves the reader may make now (availableActions in lib/reports/workflow.ts). */
  actions: ReportAction[];
};

/** A move that needs a written reason: returning with comments, reopening an approved report. */
function ReasonForm({
  reportId,
  version,
  label,
  submitLabel,
  action,
  schema,
  testId,
}: {
  reportId: string;
  version: number;
  label: string;
  submitLabel: string;
  action: (input: {
    reportId: string;
    version: number;
    comment: string;
  }) => Promise<MutationResult<{ version: number }>>;
  schema: typeof returnReportSchema;
  testId: string;
}) {
  const after = useAfterSave();
  const form = useMutationForm({
    initial: { comment: "" },
    schema,
    action,
    toInput: (values) => ({ ...values, reportId, version }),
    onSuccess: after.refresh,
  });
  return (
    <form
      onSubmit={form.submit}
      className="space-y-3 rounded border border-slate-200 p-4"
      noValidate
      data-testid={testId}
    >
      <FormMessage error={form.formError} />
      <TextArea label={label} {...form.field("comment")} rows={3} />
      <SubmitButton pending={form.pending}>{submitLabel}</SubmitButton>
    </form>
  );
}

export function ReportActions({ reportId, version, actions }: Props) {
  const { t } = useTranslation("reports");
  const ref = { reportId, version };
  const may = (action: ReportAction) => actions.includes(action);
  return (
    <div className="space-y-4">
      {may("submit") && (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">{t("contribution.submitHint")}</p>
          <ActionButton label={t("contribution.submit")} action={submitReportAction} input={ref} primary />
        </div>
      )}
      {may("approve") && (
        <div className="space-y-2">
          <p className="text-sm text-slate-700">{t("contribution.approveHint")}</p>
          <ActionButton label={t("contribution.approve")} action={approveReportAction} input={ref} primary />
        </div>
      )}
      {may("return") && (
        <ReasonForm
          reportId={reportId}
          version={version}
          label={t("contribution.comment")}
          submitLabel={t("contribution.return")}
          action={returnReportAction}
          schema={returnReportSchema}
          testId="return-form"
        />
      )}
      {may("reopen") && (
        <ReasonForm
          reportId={reportId}
          version={version}
          label={t("contribution.reason")}
          submitLabel={t("contribution.reopen")}
          action={reopenReportAction}
          schema={reopenReportSchema}
          testId="reopen-form"
        />
      )}
    </div>
  );
}
