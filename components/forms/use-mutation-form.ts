"use client";

import { useEffect, useState, useTransition } from "react";
import type { ZodType } from "zod";
import type { MutationErrorCode, MutationResult } from "@/lib/mutations/result";
import { fieldErrors, type FieldErrors } from "@/lib/validation/errors";

type Values = Record<string, string>;

/**
 * State of a form that saves through a server action: the same zod schema validates in the
 * browser before anything is sent, and the server's answer (field errors, a conflict, a refusal)
 * comes back into the same shape. Warns before leaving the page with unsaved changes.
 */
export function useMutationForm<T>(options: {
  initial: Values;
  schema: ZodType;
  action: (input: unknown) => Promise<MutationResult<T>>;
  toInput?: (values: Values) => unknown;
  onSuccess?: (data: T) => void;
  warnOnLeave?: string;
}) {
  const [values, setValues] = useState<Values>(options.initial);
  const [saved, setSaved] = useState<Values>(options.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<MutationErrorCode | null>(null);
  const [current, setCurrent] = useState<Record<string, unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = Object.keys(values).some((key) => values[key] !== saved[key]);

  useEffect(() => {
    if (!options.warnOnLeave || !dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = options.warnOnLeave!;
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, options.warnOnLeave]);

  const set = (name: string, value: string) => setValues((previous) => ({ ...previous, [name]: value }));

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
