"use client";

import { useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import type { MutationErrorCode, MutationResult } from "@/lib/mutations/result";
import { useAfterSave } from "./use-after-save";
import { useHydrated } from "./use-hydrated";

/**
 * One button that runs one server action with a fixed input and shows the page afresh; a refusal
 * (a stale page, a lock, a missing permission) is shown beside it in the reader's language.
 */
export function ActionButton<I, T>({
  label,
  action,
  input,
  primary = false,
  onDone,
}: {
  label: string;
  action: (input: I) => Promise<MutationResult<T>>;
  input: I;
  primary?: boolean;
  onDone?: (data: T) => void;
}) {
  const after = useAfterSave();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<MutationErrorCode | null>(null);
  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await action(input);
      if (!result.ok) return setError(result.error);
      onDone?.(result.data);
      after.refresh();
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant={primary ? "primary" : "quiet"}
        disabled={pending || !hydrated}
        aria-busy={pending || undefined}
        onClick={run}
      >
        {label}
      </Button>
      {error && <FormMessage error={error} />}
    </span>
  );
}
