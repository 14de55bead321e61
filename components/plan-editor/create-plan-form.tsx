"use client";

import { useTranslation } from "react-i18next";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useAfterSave } from "@/components/forms/use-after-save";
import { asInput, useMutationForm } from "@/components/forms/use-mutation-form";
import { localeOptions } from "@/lib/i18n/settings";
import { createPlanAction } from "@/lib/plan/actions";
import { createPlanSchema } from "@/lib/plan/schemas";
import { routes } from "@/lib/routes";
import type { FormValues } from "@/lib/validation/form-values";

/** An administrator adds a further plan of action (as a draft, hidden from readers until in force). */
export function CreatePlanForm({ lng }: { lng: string }) {
  const { t } = useTranslation("translations");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const initial: FormValues<typeof createPlanSchema> = {
    slug: "",
    startYear: "",
    endYear: "",
    sourceLocale: "zh",
    title: "",
    summary: "",
  };
  const form = useMutationForm({
    initial,
    schema: createPlanSchema,
    action: createPlanAction,
    toInput: asInput,
    warnOnLeave: ts("unsaved"),
    onSuccess: (data) => after.goTo(routes.staff.planEditor(lng, data.slug)),
  });
  const text = (name: "slug" | "startYear" | "endYear" | "title", label: string, hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      name={name}
      value={form.values[name]}
      onChange={(value) => form.set(name, value)}
      problems={form.errors[name]}
    />
  );
  return (
    <form
      onSubmit={form.submit}
      className="grid max-w-3xl gap-4 sm:grid-cols-2"
      noValidate
      data-testid="create-plan-form"
    >
      <div className="sm:col-span-2">
        <FormMessage error={form.formError} />
      </div>
      {text("slug", t("plans.slug"), t("plans.slugHint"))}
      <SelectField label={t("plans.sourceLocale")} {...form.field("sourceLocale")} options={localeOptions} />
      {text("startYear", t("plans.startYear"))}
      {text("endYear", t("plans.endYear"))}
      <div className="sm:col-span-2">{text("title", t("plans.planTitle"))}</div>
      <div className="sm:col-span-2">
        <TextArea label={t("plans.summary")} {...form.field("summary")} />
      </div>
      <div className="sm:col-span-2">
        <SubmitButton pending={form.pending}>{t("plans.create")}</SubmitButton>
      </div>
    </form>
  );
}
