"use client";

import { Field } from "./fields";
import type { Problem } from "@/lib/validation/errors";

export function TextArea({
  label,
  name,
  value,
  onChange,
  problems,
  hint,
  rows = 4,
}: {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  problems?: Problem[];
  hint?: string;
  rows?: number;
}) {
  return (
    <Field label={label} hint={hint} problems={problems}>
      {(control) => <textarea {...control} name={name} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
