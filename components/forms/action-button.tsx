"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/fields";
import type { MutationErrorCode, MutationResult } from "@/lib/mutations/result";
import { BUTTON, PRIMARY_BUTTON } from "./styles";
import { useHydrated } from "./use-hydrated";

/**
 * One button that runs one server action and shows the page afresh; a refusal (a stale page, a
 * lock, a missing permission) is shown beside it in the reader's language.
 */
export function ActionButton<T>({
  label,
  action,
  input,
  primary = false,
  onDone,
}: {
  label: string;
  action: (input: unknown) => Promise<MutationResult<T>>;
  input: unknown;
  primary?: boolean;
  onDone?: (data: T) => void;
}) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<MutationErrorCode | null>(null);
  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = await action(input);
      if (!result.ok) return setError(result.error);
      onDone?.(result.data);
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        disabled={pending || !hydrated}
        aria-busy={pending || undefined}
        className={primary ? PRIMARY_BUTTON : BUTTON}
        onClick={run}
      >
        {label}
      </button>
      {error && <FormMessage error={error} />}
    </span>
  );
}
