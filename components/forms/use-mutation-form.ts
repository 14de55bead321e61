"use client";

import { useState, useTransition } from "react";
import type { ZodType } from "zod";
import type { MutationErrorCode, MutationResult } from "@/lib/mutations/result";
import { fieldErrors, type FieldErrors } from "@/lib/validation/errors";
import { useUnsavedWarning } from "./use-unsaved-warning";

/**
 * State of a form that saves through a server action: the same zod schema validates in the
 * browser before anything is sent, and the server's answer (field errors, a conflict, a refusal)
 * comes back into the same shape. Warns before leaving the page with unsaved changes.
 */
export function useMutationForm<T, V extends Record<string, unknown> = Record<string, string>>(options: {
  initial: V;
  schema: ZodType;
  action: (input: unknown) => Promise<MutationResult<T>>;
  toInput?: (values: V) => unknown;
  onSuccess?: (data: T) => void;
  warnOnLeave?: string;
}) {
  const [values, setValues] = useState<V>(options.initial);
  const [saved, setSaved] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<MutationErrorCode | null>(null);
  const [current, setCurrent] = useState<Record<string, unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  const allowLeave = useUnsavedWarning(dirty, options.warnOnLeave);

  const set = <K extends keyof V>(name: K, value: V[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  const submit = (event?: React.FormEvent) => {
    event?.preventDefault();
    const input = options.toInput ? options.toInput(values) : values;
    const checked = options.schema.safeParse(input);
    setFormError(null);
    setCurrent(null);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error));
      setFormError("invalid");
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await options.action(input);
      if (result.ok) {
        setSaved(values);
        allowLeave();
        options.onSuccess?.(result.data);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setFormError(result.error);
      setCurrent(result.current ?? null);
    });
  };

  return { values, set, setValues, errors, formError, current, pending, dirty, submit };
}
