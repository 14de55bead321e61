"use client";

import { useState, useTransition } from "react";
import type { ZodType } from "zod";
import type { MutationErrorCode, MutationResult } from "@/lib/mutations/result";
import { fieldErrors, type FieldErrors } from "@/lib/validation/errors";
import { useUnsavedWarning } from "./use-unsaved-warning";

/**
 * State of a form that saves through a mutation: `toInput` turns what the form holds (its values,
 * typed from the schema, lib/validation/form-values.ts) into the action's input; the same zod schema
 * the mutation uses validates it in the browser before anything is sent, and the server's answer
 * (field errors, a conflict, a refusal) comes back into the same shape. Warns before leaving the
 * page with unsaved changes.
 */
export function useMutationForm<V extends object, I, T>(options: {
  initial: V;
  schema: ZodType;
  action: (input: I) => Promise<MutationResult<T>>;
  toInput: (values: V) => I;
  onSuccess?: (data: T) => void;
  warnOnLeave?: string;
  /**
   * The version of the record the form edits, as the page shows it. When the page is shown afresh
   * with another version (after this save, or after "load their version" on a conflict), the form
   * starts again from the page's values; what it said (e.g. "saved") stays.
   */
  resetOn?: number;
}) {
  const [values, setValues] = useState<V>(options.initial);
  const [saved, setSaved] = useState<V>(options.initial);
  const [shownVersion, setShownVersion] = useState(options.resetOn);
  if (options.resetOn !== shownVersion) {
    setShownVersion(options.resetOn);
    setValues(options.initial);
    setSaved(options.initial);
  }
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<MutationErrorCode | null>(null);
  const [current, setCurrent] = useState<Record<string, unknown> | null>(null);
  // Fields whose Burmese the writer confirmed as Unicode although the server took it for Zawgyi.
  const [confirmedUnicode, setConfirmedUnicode] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  const allowLeave = useUnsavedWarning(dirty, options.warnOnLeave);

  const set = <K extends keyof V>(name: K, value: V[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  const submit = (event?: React.FormEvent) => {
    event?.preventDefault();
    const typed = options.toInput(values);
    const input = confirmedUnicode.length ? { ...typed, confirmedUnicode } : typed;
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

  /** The writer's word that a field's text, taken for Zawgyi, is Unicode: the next save keeps it. */
  const confirmUnicode = (name: string) => () => {
    setConfirmedUnicode((previous) => (previous.includes(name) ? previous : [...previous, name]));
    setErrors(({ [name]: _kept, ...others }) => others);
  };

  /** What ties a field's control to the form: its name, value, setter and problems (`{...form.field("year")}`). */
  const field = <K extends keyof V & string>(name: K) => ({
    name,
    value: values[name],
    onChange: (value: V[K]) => set(name, value),
    problems: errors[name],
    confirmUnicode: confirmUnicode(name),
  });

  /** Back to the initial values (after a save that added something, e.g. a proposal). */
  const reset = () => {
    setValues(options.initial);
    setSaved(options.initial);
  };

  return {
    values,
    set,
    field,
    confirmUnicode,
    setValues,
    reset,
    errors,
    formError,
    current,
    pending,
    dirty,
    submit,
  };
}

/** For forms whose values are exactly the action's input. */
export const asInput = <V>(values: V) => values;
