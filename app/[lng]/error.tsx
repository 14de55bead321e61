"use client";

import { useParams } from "next/navigation";
import { errorMessages } from "@/lib/i18n/error-messages";

/** Shown when rendering a page fails: a translated message, never the error's details. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lng } = useParams<{ lng: string }>();
  const messages = errorMessages(lng).error;
  return (
    <div className="space-y-4 py-12" role="alert" data-testid="page-error">
      <h1 className="text-3xl font-bold text-river-900">{messages.title}</h1>
      <p className="text-lg text-slate-700">{messages.body}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800"
      >
        {messages.retry}
      </button>
    </div>
  );
}
