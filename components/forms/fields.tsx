"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "@/lib/validation/errors";

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

function describedBy(hintId: string, errorId: string, hint?: string, problems?: Problem[]) {
  return [hint ? hintId : null, problems?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
}

const CONTROL =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base focus:border-river-600 focus:outline-none focus:ring-2 focus:ring-river-600 aria-[invalid=true]:border-red-700";

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
  const id = useId();
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
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problems?.length ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, problems)}
        className={CONTROL}
      />
      <ProblemList id={`${id}-error`} problems={problems} />
    </div>
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
}: Common & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  const id = useId();
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
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problems?.length ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, hint, problems)}
        className={CONTROL}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <ProblemList id={`${id}-error`} problems={problems} />
    </div>
  );
}

export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  const { t } = useTranslation("staff");
  return (
    <div aria-live="polite" className="min-h-6">
      {error && (
        <p className="rounded border-l-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="form-error">
          {t(`errors.${error}` as never) as string}
        </p>
      )}
      {!error && success && (
        <p className="rounded border-l-4 border-river-600 bg-river-50 px-3 py-2 text-sm text-river-900" data-testid="form-success">
          {success}
        </p>
      )}
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: React.ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className="rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800 focus:outline-none focus:ring-2 focus:ring-river-600 focus:ring-offset-2 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
