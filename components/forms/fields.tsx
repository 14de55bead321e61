"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "@/lib/validation/errors";
import { useEarlyInput } from "./use-early-input";
import { useHydrated } from "./use-hydrated";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { MutationErrorCode } from "@/lib/mutations/result";
import { ZawgyiOffer } from "./zawgyi-offer";

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

/** For fields of written text: how the writer keeps a text the server took for Zawgyi (form.field gives it). */
export type Confirmable = { confirmUnicode?: () => void };

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
  offer,
}: Pick<Common, "label" | "hint" | "problems"> & {
  children: (control: ControlProps) => React.ReactNode;
  /** A text field's way to take the server's Unicode conversion of Zawgyi, or keep the text as typed. */
  offer?: { convert: (unicode: string) => void; keep?: () => void };
}) {
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
      {offer?.keep && <ZawgyiOffer problems={problems} onConvert={offer.convert} onKeep={offer.keep} />}
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
  placeholder,
  confirmUnicode,
}: Common &
  Confirmable & {
    value: string;
    onChange: (value: string) => void;
    type?: string;
    autoComplete?: string;
    inputMode?: "numeric" | "text" | "email";
    /** Shown while the field is empty, e.g. the text in the language it falls back to. */
    placeholder?: string;
  }) {
  const ref = useEarlyInput((input: HTMLInputElement) => input.value, onChange);
  return (
    <Field label={label} hint={hint} problems={problems} offer={{ convert: onChange, keep: confirmUnicode }}>
      {(control) => (
        <input
          {...control}
          ref={ref}
          name={name}
          type={type}
          value={value}
          required={required}
          autoComplete={autoComplete}
          inputMode={inputMode}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** A choice among `options`; the value keeps the options' type (e.g. a status, a locale). */
export function SelectField<V extends string>({
  label,
  name,
  problems,
  hint,
  value,
  onChange,
  options,
}: Common & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
}) {
  const ref = useEarlyInput((select: HTMLSelectElement) => select.value as V, onChange);
  return (
    <Field label={label} hint={hint} problems={problems}>
      {(control) => (
        <select
          {...control}
          ref={ref}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value as V)}
        >
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

/** The form's answer: why nothing was saved (a mutation's error code, translated), or that it was. */
export function FormMessage({
  error,
  success,
}: {
  error?: MutationErrorCode | null;
  success?: string | null;
}) {
  const { t } = useTranslation("staff");
  return (
    <div aria-live="polite" className="min-h-6">
      {error && (
        <Notice tone="error" compact data-testid="form-error">
          {t(`errors.${error}`)}
        </Notice>
      )}
      {!error && success && (
        <Notice tone="success" compact data-testid="form-success">
          {success}
        </Notice>
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
      className={buttonClass("primary")}
    >
      {children}
    </button>
  );
}
