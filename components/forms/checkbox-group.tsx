"use client";

import { useId } from "react";
import { ProblemList } from "./fields";
import { useEarlyInput } from "./use-early-input";
import type { Problem } from "@/lib/validation/errors";

export function CheckboxGroup({
  legend,
  name,
  options,
  values,
  onChange,
  problems,
  hint,
  columns = 2,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string; lang?: string }[];
  values: string[];
  onChange: (values: string[]) => void;
  problems?: Problem[];
  hint?: string;
  columns?: 1 | 2 | 3;
}) {
  const id = useId();
  const group = useEarlyInput(
    (fieldset: HTMLFieldSetElement) =>
      [...fieldset.querySelectorAll<HTMLInputElement>("input:checked")].map((input) => input.value),
    onChange,
  );
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((entry) => entry !== value));
  return (
    <fieldset
      ref={group}
      aria-describedby={problems?.length ? `${id}-error` : undefined}
      aria-invalid={problems?.length ? true : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <p className="text-sm text-slate-600">{hint}</p>}
      <div
        className={`mt-1 grid gap-1 ${columns === 3 ? "sm:grid-cols-3" : columns === 2 ? "sm:grid-cols-2" : ""}`}
      >
        {options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              className="mt-1 h-4 w-4 accent-river-700"
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </div>
      <ProblemList id={`${id}-error`} problems={problems} />
    </fieldset>
  );
}
