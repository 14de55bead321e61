"use client";

import { useTranslation } from "react-i18next";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useAfterSave } from "@/components/forms/use-after-save";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import type { Locale } from "@/lib/i18n/settings";
import { proposeJointProjectAction } from "@/lib/reports/actions";
import { proposeJointProjectSchema } from "@/lib/reports/schemas";
import type { FormValues } from "@/lib/validation/form-values";

type Values = Omit<FormValues<typeof proposeJointProjectSchema>, "periodId">;

/** A secretariat proposes a joint project for next year's list (admins for any country). */
export function ProposalForm({
  periodId,
  countries,
  proposingCountries,
  locales,
  initialLocale,
}: {
  periodId: string;
  countries: { code: string; name: string }[];
  proposingCountries: string[];
  locales: readonly { value: Locale; label: string }[];
  initialLocale: Locale;
}) {
  const { t } = useTranslation("reports");
  const { t: ts } = useTranslation("staff");
  const first = proposingCountries[0] ?? "";
  const after = useAfterSave();
  const initial: Values = {
    countryCode: first,
    locale: initialLocale,
    title: "",
    summary: "",
    countries: first ? [first] : [],
    estimatedBudgetUsd: "",
  };
  const form = useMutationForm({
    initial,
    schema: proposeJointProjectSchema,
    action: proposeJointProjectAction,
    toInput: (values) => ({ ...values, periodId }),
    warnOnLeave: ts("unsaved"),
    onSuccess: () => {
      form.reset();
      after.refresh();
    },
  });
  return (
    <form
      onSubmit={form.submit}
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
      noValidate
      data-testid="proposal-form"
    >
      <div className="sm:col-span-2">
        <FormMessage error={form.formError} />
      </div>
      <SelectField
        label={t("proposals.country")}
        {...form.field("countryCode")}
        options={countries
          .filter((country) => proposingCountries.includes(country.code))
          .map((country) => ({ value: country.code, label: country.name }))}
      />
      <SelectField label={t("proposals.language")} {...form.field("locale")} options={locales} />
      <div className="sm:col-span-2">
        <TextField label={t("proposals.projectTitle")} {...form.field("title")} />
      </div>
      <div className="sm:col-span-2">
        <TextArea label={t("proposals.summary")} {...form.field("summary")} rows={3} />
      </div>
      <CheckboxGroup
        legend={t("proposals.countries")}
        name="countries"
        options={countries.map((country) => ({ value: country.code, label: country.name }))}
        values={form.values.countries}
        onChange={(values) => form.set("countries", values)}
        problems={form.errors.countries}
      />
      <TextField label={t("proposals.budget")} inputMode="numeric" {...form.field("estimatedBudgetUsd")} />
      <div className="sm:col-span-2">
        <SubmitButton pending={form.pending}>{t("proposals.propose")}</SubmitButton>
      </div>
    </form>
  );
}
