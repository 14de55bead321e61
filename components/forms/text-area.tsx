"use client";

import { Field, type Confirmable } from "./fields";
import { useEarlyInput } from "./use-early-input";
import type { Problem } from "@/lib/validation/errors";

export function TextArea({
  label,
  name,
  value,
  onChange,
  problems,
  hint,
  rows = 4,
  lang,
  placeholder,
  confirmUnicode,
}: Confirmable & {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  problems?: Problem[];
  hint?: string;
  rows?: number;
  /** The language of the text typed, when it is not the page's (e.g. a plan's Chinese original). */
  lang?: string;
  /** Shown while the field is empty, e.g. the text in the language it falls back to. */
  placeholder?: string;
}) {
  const ref = useEarlyInput((textarea: HTMLTextAreaElement) => textarea.value, onChange);
  return (
    <Field label={label} hint={hint} problems={problems} offer={{ convert: onChange, keep: confirmUnicode }}>
      {(control) => (
        <textarea
          {...control}
          ref={ref}
          name={name}
          rows={rows}
          lang={lang}
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
