"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { TextArea } from "@/components/forms/text-area";
import { useMutationForm } from "@/components/forms/use-mutation-form";
import { ConflictNotice } from "@/components/users/conflict-notice";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import { createProjectSchema, updateProjectSchema } from "@/lib/projects/schemas";
import { PROJECT_STATUSES } from "@/lib/projects/status";
import { FundingRows, LocationRows, type FundingRow, type LocationRow } from "./form-rows";

type Option = { value: string; label: string };

export type ProjectFormState = {
  locale: string;
  title: string;
  summary: string;
  pillar: string;
  areas: string[];
  paragraphs: string[];
  leadCountryCode: string;
  countries: string[];
  implementingAgencies: string;
  funding: FundingRow[];
  approvalYear: string;
  batch: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  status: string;
  progress: string;
  sdgTargets: string;
  locations: LocationRow[];
  contactName: string;
  contactEmail: string;
  published: boolean;
};

export type ProjectFormOptions = {
  locales: Option[];
  pillars: Option[];
  areas: Option[];
  countries: { code: string; name: string }[];
  leadCountries: string[];
  paragraphGroups: { number: string; title: string; items: { citation: string; text: string }[] }[];
};

function toInput(values: ProjectFormState, edit: { code: string; version: number } | null) {
  return {
    ...values,
    sdgTargets: values.sdgTargets
      .split(/[,\s]+/)
      .map((target) => target.trim())
      .filter(Boolean),
    ...(edit ?? {}),
  };
}

export function ProjectForm({
  lng,
  initial,
  options,
  edit,
}: {
  lng: string;
  initial: ProjectFormState;
  options: ProjectFormOptions;
  edit: { code: string; version: number } | null;
}) {
  const { t } = useTranslation("projects");
  const { t: ts } = useTranslation("staff");
  const [message, setMessage] = useState<string | null>(null);
  const [version, setVersion] = useState(edit?.version ?? 0);
  const form = useMutationForm<{ code: string; version?: number }, ProjectFormState>({
    initial,
    schema: edit ? updateProjectSchema : createProjectSchema,
    action: edit ? updateProjectAction : createProjectAction,
    toInput: (values) => toInput(values, edit ? { code: edit.code, version } : null),
    warnOnLeave: ts("unsaved"),
    onSuccess: (data) => {
      if (!edit) {
        window.location.assign(`/${lng}/staff/projects/${data.code}`);
        return;
      }
      if (data.version) setVersion(data.version);
      setMessage(t("form.saved"));
    },
  });
  const { values, errors } = form;
  const text = (
    name: "title" | "contactName" | "contactEmail" | "approvalYear" | "batch" | "progress" | "sdgTargets",
    label: string,
    extra: { hint?: string; type?: string } = {},
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
      {...extra}
    />
  );
  const date = (name: "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd", label: string) => (
    <TextField
      label={label}
      name={name}
      type="date"
      value={values[name]}
      onChange={(value) => form.set(name, value)}
      problems={errors[name]}
    />
  );

  return (
    <form onSubmit={form.submit} className="space-y-6" noValidate data-testid="project-form">
      <FormMessage error={form.formError} success={message} />
      {form.formError === "conflict" && form.current && (
        <ConflictNotice
          current={form.current}
          mine={Object.fromEntries(
            Object.entries(values).map(([key, value]) => [
              key,
              typeof value === "string" ? value : JSON.stringify(value),
            ]),
          )}
          onReload={() => window.location.reload()}
        />
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          label={t("form.locale")}
          name="locale"
          value={values.locale}
          onChange={(value) => form.set("locale", value)}
          options={options.locales}
          problems={errors.locale}
        />
        {text("title", t("form.title"))}
      </div>
      <TextArea
        label={t("form.summary")}
        name="summary"
        value={values.summary}
        onChange={(value) => form.set("summary", value)}
        problems={errors.summary}
        rows={4}
      />
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          label={t("form.pillar")}
          name="pillar"
          value={values.pillar}
          onChange={(value) => form.set("pillar", value)}
          options={options.pillars}
          problems={errors.pillar}
        />
        <SelectField
          label={t("form.lead")}
          name="leadCountryCode"
          value={values.leadCountryCode}
          onChange={(value) => form.set("leadCountryCode", value)}
          options={options.countries
            .filter((country) => options.leadCountries.includes(country.code))
            .map((country) => ({ value: country.code, label: country.name }))}
          problems={errors.leadCountryCode}
        />
        <SelectField
          label={t("form.status")}
          name="status"
          value={values.status}
          onChange={(value) => form.set("status", value)}
          options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
          problems={errors.status}
        />
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
      <TextArea
        label={t("form.agencies")}
        name="implementingAgencies"
        value={values.implementingAgencies}
        onChange={(value) => form.set("implementingAgencies", value)}
        problems={errors.implementingAgencies}
        rows={2}
      />
      <div className="grid gap-4 md:grid-cols-4">
        {text("approvalYear", t("form.approvalYear"))}
        {text("batch", t("form.batch"))}
        {text("progress", t("form.progress"))}
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
