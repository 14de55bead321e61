"use client";

import { useTranslation } from "react-i18next";
import { ProblemList, SelectField, TextField } from "@/components/forms/fields";
import type { FieldErrors } from "@/lib/validation/errors";
import type { ProjectFormValues } from "@/lib/projects/schemas";
import { FUNDING_SOURCES } from "@/lib/projects/status";

type FundingRow = ProjectFormValues["funding"][number];
type LocationRow = ProjectFormValues["locations"][number];

const REMOVE = "self-end rounded border border-slate-400 px-3 py-2 text-sm hover:bg-slate-50";
const ADD = "rounded border border-river-600 px-3 py-1.5 text-sm text-river-800 hover:bg-river-50";

/** Funding lines: source, currency, committed and disbursed amounts. */
export function FundingRows({
  rows,
  onChange,
  errors,
}: {
  rows: FundingRow[];
  onChange: (rows: FundingRow[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation("projects");
  const update = (index: number, patch: Partial<FundingRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{t("form.funding")}</legend>
      <ProblemList id="funding-error" problems={errors.funding} />
      {rows.map((row, index) => (
        <div
          key={index}
          className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[1.4fr_0.6fr_1fr_1fr_auto]"
        >
          <SelectField
            label={t("form.source")}
            name={`funding.${index}.source`}
            value={row.source}
            onChange={(source) => update(index, { source })}
            options={FUNDING_SOURCES.map((source) => ({ value: source, label: t(`funding.${source}`) }))}
            problems={errors[`funding.${index}.source`]}
          />
          <TextField
            label={t("form.currency")}
            name={`funding.${index}.currency`}
            value={row.currency}
            onChange={(currency) => update(index, { currency: currency.toUpperCase() })}
            problems={errors[`funding.${index}.currency`]}
          />
          <TextField
            label={t("form.amount")}
            name={`funding.${index}.amount`}
            inputMode="numeric"
            value={row.amount}
            onChange={(amount) => update(index, { amount })}
            problems={errors[`funding.${index}.amount`]}
          />
          <TextField
            label={t("form.disbursed")}
            name={`funding.${index}.disbursed`}
            inputMode="numeric"
            value={row.disbursed}
            onChange={(disbursed) => update(index, { disbursed })}
            problems={errors[`funding.${index}.disbursed`]}
          />
          <button
            type="button"
            className={REMOVE}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {t("form.remove")}
          </button>
        </div>
      ))}
      <button
        type="button"
        className={ADD}
        onClick={() =>
          onChange([...rows, { source: "lmc_special_fund", currency: "USD", amount: "", disbursed: "" }])
        }
      >
        {t("form.addFunding")}
      </button>
    </fieldset>
  );
}

/** Where the project works: country, province, optional coordinates. */
export function LocationRows({
  rows,
  onChange,
  errors,
  countries,
}: {
  rows: LocationRow[];
  onChange: (rows: LocationRow[]) => void;
  errors: FieldErrors;
  countries: { code: string; name: string }[];
}) {
  const { t } = useTranslation("projects");
  const update = (index: number, patch: Partial<LocationRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{t("form.locations")}</legend>
      {rows.map((row, index) => (
        <div
          key={index}
          className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[1fr_1.4fr_0.8fr_0.8fr_auto]"
        >
          <SelectField
            label={t("list.country")}
            name={`locations.${index}.countryCode`}
            value={row.countryCode}
            onChange={(countryCode) => update(index, { countryCode })}
            options={countries.map((country) => ({ value: country.code, label: country.name }))}
            problems={errors[`locations.${index}.countryCode`]}
          />
          <TextField
            label={t("form.province")}
            name={`locations.${index}.province`}
            value={row.province}
            onChange={(province) => update(index, { province })}
            problems={errors[`locations.${index}.province`]}
          />
          <TextField
            label={t("form.latitude")}
            name={`locations.${index}.latitude`}
            inputMode="numeric"
            value={row.latitude}
            onChange={(latitude) => update(index, { latitude })}
            problems={errors[`locations.${index}.latitude`]}
          />
          <TextField
            label={t("form.longitude")}
            name={`locations.${index}.longitude`}
            inputMode="numeric"
            value={row.longitude}
            onChange={(longitude) => update(index, { longitude })}
            problems={errors[`locations.${index}.longitude`]}
          />
          <button
            type="button"
            className={REMOVE}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            {t("form.remove")}
          </button>
        </div>
      ))}
      <button
        type="button"
        className={ADD}
        onClick={() =>
          onChange([
            ...rows,
            { countryCode: countries[0]?.code ?? "", province: "", latitude: "", longitude: "" },
          ])
        }
      >
        {t("form.addLocation")}
      </button>
    </fieldset>
  );
}
