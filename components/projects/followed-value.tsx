import { useId } from "react";
import { ProblemList } from "@/components/forms/fields";
import type { Problem } from "@/lib/validation/errors";

/** A value the form shows but does not set, with the reason (e.g. a project's progress, set by its updates). */
export function FollowedValue({
  label,
  value,
  hint,
  problems,
}: {
  label: string;
  value: string;
  hint: string;
  problems?: Problem[];
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <p id={`${id}-label`} className="block text-sm font-medium text-slate-800">
        {label}
      </p>
      <p className="mt-1 px-3 py-2 text-base font-semibold" data-testid="followed-value">
        {value}
      </p>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <ProblemList id={`${id}-error`} problems={problems} />
    </div>
  );
}
