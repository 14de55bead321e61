"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "@/lib/validation/errors";
import { useHydrated } from "./use-hydrated";
import { PRIMARY_BUTTON } from "./styles";

export function ProblemList({ id, problems }: { id: string; problems?: Problem[] }) {
  const { t } = useTranslation("staff");
  if (!problems?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-700" data-testid="field-error">
      {problems.map((problem) => (
        <li key={problem.key}>{t(problem.key as never, problem.params ?? {}) as string}</li>
      ))}
    </ul>
  );
}

type Common = { label: string; name: string; problems?: Problem[]; hint?: string; required?: boolean };

/** What a control needs to be tied to its label, hint and problems. */
export type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  className: string;
};

const CONTROL =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base focus:border-river-600 focus:outline-none focus:ring-2 focus:ring-river-600 aria-[invalid=true]:border-red-700";

/** A label, an optional hint, the control, and its problems, announced through aria-describedby. */
export function Field({
  label,
  hint,
  problems,
  children,
}: Pick<Common, "label" | "hint" | "problems"> & { children: (control: ControlProps) => React.ReactNode }) {
  const id = useId();
  const describedBy =
    [hint ? `${id}-hint` : null, problems?.length ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-invalid": problems?.length ? true : undefined,
        "aria-describedby": describedBy,
        className: CONTROL,
      })}
      <ProblemList id={`${id}-error`} problems={problems} />
    </div>
  );
}

export function TextField({
  label,
  name,
  problems,
  hint,
  required,
  value,
  onChange,
  type = "text",
  autoComplete,
  inputMode,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email";
}) {
  return (
    <Field label={label} hint={hint} problems={problems}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          value={value}
          required={required}
          autoComplete={autoComplete}
          inputMode={inputMode}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

export function SelectField({
  label,
  name,
  problems,
  hint,
  value,
  onChange,
  options,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <Field label={label} hint={hint} problems={problems}>
      {(control) => (
        <select {...control} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  const { t } = useTranslation("staff");
  return (
    <div aria-live="polite" className="min-h-6">
      {error && (
        <p
          className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-800"
          data-testid="form-error"
        >
          {t(`errors.${error}` as never) as string}
        </p>
      )}
      {!error && success && (
        <p
          className="rounded border-l-4 border-river-600 bg-river-50 px-3 py-2 text-sm text-river-900"
          data-testid="form-success"
        >
          {success}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: React.ReactNode }) {
  const hydrated = useHydrated();
  return (
    <button
      type="submit"
      disabled={pending || !hydrated}
      aria-busy={pending || undefined}
      className={PRIMARY_BUTTON}
    >
      {children}
    </button>
  );
}
