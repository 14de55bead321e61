import { Notice } from "@/components/ui/notice";

/** What a script-free form's redirect said: `?done=1` or `?error=<code>`, already worded. */
export function OutcomeNotice({ done, error }: { done?: string | null; error?: string | null }) {
  if (!done && !error) return null;
  return (
    <div aria-live="polite">
      <Notice tone={error ? "error" : "success"} compact data-testid={error ? "form-error" : "form-success"}>
        {error ?? done}
      </Notice>
    </div>
  );
}
