"use client";

import { useParams } from "next/navigation";
import { errorMessages } from "@/lib/i18n/error-messages";
import { PAGE_TITLE } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";

/** Shown when rendering a page fails: a translated message, never the error's details. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const { lng } = useParams<{ lng: string }>();
  const messages = errorMessages(lng).error;
  return (
    <div className="space-y-4 py-12" role="alert" data-testid="page-error">
      <h1 className={PAGE_TITLE}>{messages.title}</h1>
      <p className="text-lg text-slate-700">{messages.body}</p>
      {/* The digest is logged with the request's id (instrumentation.ts): what to quote, not what failed. */}
      {error.digest && (
        <p className="text-sm text-slate-700" data-testid="error-reference">
          {messages.reference.replace("{{reference}}", error.digest)}
        </p>
      )}
      <button type="button" onClick={reset} className={buttonClass("primary")}>
        {messages.retry}
      </button>
    </div>
  );
}
