"use client";

import { useTranslation } from "react-i18next";
import { FormMessage, SelectField, SubmitButton } from "@/components/forms/fields";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { approveJointListAction } from "@/lib/reports/actions";
import { approveJointListSchema } from "@/lib/reports/schemas";

/** The coordinator records the Foreign Ministers' Meeting that approved the consolidated list. */
export function JointListApproval({
  periodId,
  version,
  meetings,
}: {
  periodId: string;
  version: number;
  meetings: { value: string; label: string }[];
}) {
  const { t } = useTranslation("reports");
  const after = useAfterSave();
  const form = useMutationForm({
    initial: { meetingId: meetings[0]?.value ?? "" },
    schema: approveJointListSchema,
    action: approveJointListAction,
    toInput: (values) => ({ ...values, periodId, version }),
    onSuccess: after.refresh,
  });
  return (
    <form onSubmit={form.submit} className="max-w-xl space-y-3" noValidate data-testid="joint-list-approval">
      <FormMessage error={form.formError} />
      <SelectField label={t("proposals.meeting")} {...form.field("meetingId")} options={meetings} />
      <SubmitButton pending={form.pending}>{t("proposals.approve")}</SubmitButton>
    </form>
  );
}
