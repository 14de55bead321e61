"use client";

import { DateField } from "@/components/forms/date-field";
import { useTranslation } from "react-i18next";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { useAfterSave } from "@/components/forms/use-after-save";
import { asInput, useMutationForm } from "@/components/forms/use-mutation-form";
import { openPeriodAction, updatePeriodAction } from "@/lib/reports/actions";
import { openPeriodSchema, updatePeriodSchema } from "@/lib/reports/schemas";
import { routes } from "@/lib/routes";
import type { FormValues } from "@/lib/validation/form-values";

/** An administrator opens the reporting period of a year of a plan of action. */
export function OpenPeriodForm({ lng, plans }: { lng: string; plans: { slug: string; label: string }[] }) {
  const { t } = useTranslation("reports");
  const { t: ts } = useTranslation("staff");
  const year = new Date().getUTCFullYear();
  const after = useAfterSave();
  const initial: FormValues<typeof openPeriodSchema> = {
    plan: plans[0]?.slug ?? "",
    year: String(year),
    cutOff: `${year}-12-31`,
    dueOn: `${year + 1}-03-31`,
  };
  const form = useMutationForm({
    initial,
    schema: openPeriodSchema,
    action: openPeriodAction,
    toInput: asInput,
    warnOnLeave: ts("unsaved"),
    onSuccess: (data) => after.goTo(routes.staff.period(lng, data.year)),
  });
  return (
    <form
      onSubmit={form.submit}
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
      noValidate
      data-testid="open-period-form"
    >
      <div className="sm:col-span-2">
        <FormMessage error={form.formError} />
      </div>
      <SelectField
        label={t("periods.plan")}
        {...form.field("plan")}
        options={plans.map((plan) => ({ value: plan.slug, label: plan.label }))}
      />
      <TextField label={t("periods.year")} inputMode="numeric" {...form.field("year")} />
      <DateField label={t("periods.cutOff")} {...form.field("cutOff")} />
      <DateField label={t("periods.dueOn")} {...form.field("dueOn")} />
      <div className="sm:col-span-2">
        <SubmitButton pending={form.pending}>{t("periods.open")}</SubmitButton>
      </div>
    </form>
  );
}

/**
 * Changing a period's dates and its reminder schedule; the cut-off is frozen once a contribution
 * was submitted against it.
 */
export function PeriodScheduleForm({
  id,
  version,
  ...initial
}: Omit<FormValues<typeof updatePeriodSchema>, "id" | "version"> & { id: string; version: number }) {
  const { t } = useTranslation("reports");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const form = useMutationForm({
    initial,
    schema: updatePeriodSchema,
    action: updatePeriodAction,
    toInput: (values) => ({ ...values, id, version }),
    warnOnLeave: ts("unsaved"),
    onSuccess: after.refresh,
  });
  return (
    <form onSubmit={form.submit} className="grid max-w-xl gap-4 sm:grid-cols-2" noValidate>
      <div className="sm:col-span-2">
        <FormMessage error={form.formError} />
      </div>
      <DateField label={t("periods.cutOff")} {...form.field("cutOff")} />
      <DateField label={t("periods.dueOn")} {...form.field("dueOn")} />
      <TextField
        label={t("periods.reminderDays")}
        hint={t("periods.reminderDaysHint")}
        inputMode="numeric"
        {...form.field("reminderDays")}
      />
      <TextField
        label={t("periods.overdueEveryDays")}
        hint={t("periods.overdueEveryDaysHint")}
        inputMode="numeric"
        {...form.field("overdueEveryDays")}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={form.pending}>{t("periods.save")}</SubmitButton>
      </div>
    </form>
  );
}
