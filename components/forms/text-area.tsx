"use client";

import { useId } from "react";
import { ProblemList } from "./fields";
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
  const id = useId();
  const described = [hint ? `${id}-hint` : null, problems?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
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
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problems?.length ? true : undefined}
        aria-describedby={described}
        className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base focus:border-river-600 focus:outline-none focus:ring-2 focus:ring-river-600 aria-[invalid=true]:border-red-700"
      />
      <ProblemList id={`${id}-error`} problems={problems} />
    </div>
  );
}
