"use client";

import { DateField } from "@/components/forms/date-field";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useEarlyInput } from "@/components/forms/use-early-input";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { useAfterSave } from "@/components/forms/use-after-save";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import type { MutationInput } from "@/lib/mutations/define";
import type { ProjectFormOptions } from "@/lib/projects/form-options";
import type { createProject, updateProject } from "@/lib/projects/mutations";
import {
  createProjectSchema,
  projectInputOf,
  updateProjectSchema,
  type ProjectFormValues,
} from "@/lib/projects/schemas";
import { PROJECT_STATUSES } from "@/lib/projects/status";
import { routes } from "@/lib/routes";
import { formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";

/** What the form sends: a new project, or a change to one at the version the editor started from. */
type ProjectSave = MutationInput<typeof createProject> | MutationInput<typeof updateProject>;
import { FundingRows, LocationRows } from "./form-rows";
import { FollowedValue } from "./followed-value";

export function ProjectForm({
  lng,
  initial,
  options,
  edit,
  fallback,
  followsUpdateOf,
}: {
  lng: Locale;
  initial: ProjectFormValues;
  options: ProjectFormOptions;
  edit: { code: string; version: number } | null;
  /** The title and summary as readers see them where the form's language has none yet. */
  fallback?: { title: string; summary: string };
  /** The date of the project's latest status update, which sets its status and progress (none: the form does). */
  followsUpdateOf?: string;
}) {
  const { t } = useTranslation("projects");
  const { t: ts } = useTranslation("staff");
  const after = useAfterSave();
  const [message, setMessage] = useState<string | null>(null);
  const form = useMutationForm({
    initial,
    schema: edit ? updateProjectSchema : createProjectSchema,
    action: (input: ProjectSave) =>
      "code" in input ? updateProjectAction(input) : createProjectAction(input),
    toInput: (values): ProjectSave =>
      edit ? { ...projectInputOf(values), code: edit.code, version: edit.version } : projectInputOf(values),
    warnOnLeave: ts("unsaved"),
    resetOn: edit?.version,
    onSuccess: (data: { code: string }) => {
      if (!edit) return after.goTo(routes.staff.project(lng, data.code));
      setMessage(t("form.saved"));
      // The page shows the saved project (and its new version) afresh; the form follows it.
      after.refresh();
    },
  });
  const { values, errors } = form;
  const published = useEarlyInput(
    (box: HTMLInputElement) => box.checked,
    (on) => form.set("published", on),
  );
  const text = (
    name: "title" | "contactName" | "contactEmail" | "approvalYear" | "batch" | "progress" | "sdgTargets",
    label: string,
    extra: { hint?: string; type?: string; placeholder?: string } = {},
  ) => (
    <TextField
      label={label}
      name={name}
      value={values[name]}
      onChange={(value) => {
        setMessage(null);
        form.set(name, value);
      }}
      problems={errors[name]}
      confirmUnicode={form.confirmUnicode(name)}
      {...extra}
    />
  );
  const date = (name: "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd", label: string) => (
    <DateField
      label={label}
      name={name}
      value={values[name]}
      onChange={(value) => form.set(name, value)}
      problems={errors[name]}
    />
  );

  return (
    <form onSubmit={form.submit} className="space-y-6" noValidate data-testid="project-form">
      <FormMessage error={form.formError} success={message} />
      {form.formError === "conflict" && form.current && (
        <ConflictNotice current={form.current} mine={projectInputOf(values)} />
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField label={t("form.locale")} {...form.field("locale")} options={options.locales} />
        {text("title", t("form.title"), { placeholder: fallback?.title })}
      </div>
      <TextArea
        label={t("form.summary")}
        {...form.field("summary")}
        placeholder={fallback?.summary}
        rows={4}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField label={t("form.pillar")} {...form.field("pillar")} options={options.pillars} />
        <SelectField
          label={t("form.lead")}
          {...form.field("leadCountryCode")}
          options={options.countries
            .filter((country) => options.leadCountries.includes(country.code))
            .map((country) => ({ value: country.code, label: country.name }))}
        />
        {followsUpdateOf ? (
          <FollowedValue
            label={t("form.status")}
            value={t(`status.${values.status}`)}
            hint={t("form.followsUpdate", { date: followsUpdateOf })}
            problems={errors.status}
          />
        ) : (
          <SelectField
            label={t("form.status")}
            {...form.field("status")}
            hint={t("form.setsUntilUpdate")}
            options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          />
        )}
      </div>
      <CheckboxGroup
        legend={t("form.countries")}
        name="countries"
        values={values.countries}
        onChange={(value) => form.set("countries", value)}
        options={options.countries.map((country) => ({ value: country.code, label: country.name }))}
        problems={errors.countries}
        columns={3}
      />
      <CheckboxGroup
        legend={t("form.areas")}
        name="areas"
        values={values.areas}
        onChange={(value) => form.set("areas", value)}
        options={options.areas}
        problems={errors.areas}
        columns={3}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("form.paragraphs")}</legend>
        <p className="text-sm text-slate-600">{t("form.paragraphsHint")}</p>
        {options.paragraphGroups.map((group) => (
          <details
            key={group.number}
            open={group.items.some((item) => values.paragraphs.includes(item.citation))}
            className="rounded border border-slate-200 px-3 py-2"
          >
            <summary className="cursor-pointer text-sm font-medium">
              {group.number} {group.title}
            </summary>
            <CheckboxGroup
              legend={`${group.number} ${group.title}`}
              name="paragraphs"
              values={values.paragraphs}
              onChange={(value) => form.set("paragraphs", value)}
              options={group.items.map((item) => ({
                value: item.citation,
                label: `¶ ${item.citation} — ${item.text}`,
              }))}
              columns={1}
            />
          </details>
        ))}
        {errors.paragraphs && (
          <p className="text-sm text-red-700">
            {errors.paragraphs.map((problem) => ts(problem.key as never) as string).join(" ")}
          </p>
        )}
      </fieldset>
      <TextArea label={t("form.agencies")} {...form.field("implementingAgencies")} rows={2} />
      <div className="grid gap-4 md:grid-cols-4">
        {text("approvalYear", t("form.approvalYear"), {
          hint: t("form.gregorianYear", { example: String(new Date().getUTCFullYear()) }),
        })}
        {text("batch", t("form.batch"))}
        {followsUpdateOf ? (
          <FollowedValue
            label={t("form.progress")}
            value={formatPercent(Number(values.progress) / 100, lng)}
            hint={t("form.followsUpdate", { date: followsUpdateOf })}
            problems={errors.progress}
          />
        ) : (
          text("progress", t("form.progress"), { hint: t("form.setsUntilUpdate") })
        )}
        {text("sdgTargets", t("form.sdg"), { hint: t("form.sdgHint") })}
      </div>
      <div className="grid gap-4 md:grid-cols-4">
        {date("plannedStart", t("form.plannedStart"))}
        {date("plannedEnd", t("form.plannedEnd"))}
        {date("actualStart", t("form.actualStart"))}
        {date("actualEnd", t("form.actualEnd"))}
      </div>
      <FundingRows rows={values.funding} onChange={(rows) => form.set("funding", rows)} errors={errors} />
      <LocationRows
        rows={values.locations}
        onChange={(rows) => form.set("locations", rows)}
        errors={errors}
        countries={options.countries}
      />
      <div className="grid gap-4 md:grid-cols-2">
        {text("contactName", t("form.contactName"))}
        {text("contactEmail", t("form.contactEmail"), { type: "email" })}
      </div>
      <label className="flex items-center gap-2">
        <input
          ref={published}
          type="checkbox"
          name="published"
          checked={values.published}
          onChange={(event) => form.set("published", event.target.checked)}
          className="h-4 w-4 accent-river-700"
        />
        {t("form.published")}
      </label>
      <SubmitButton pending={form.pending}>{edit ? t("form.save") : t("form.create")}</SubmitButton>
    </form>
  );
}
