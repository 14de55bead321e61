"use client";

import { errorMessages } from "@/lib/i18n/error-messages";

/** Last resort when even the layout fails: no styles, no data, the locale read from the URL. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const lng = typeof window === "undefined" ? "en" : (window.location.pathname.split("/")[1] ?? "en");
  const messages = errorMessages(lng).error;
  return (
    <html lang={lng}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>{messages.title}</h1>
        <p>{messages.body}</p>
        {error.digest && <p>{messages.reference.replace("{{reference}}", error.digest)}</p>}
        <button type="button" onClick={reset}>
          {messages.retry}
        </button>
      </body>
    </html>
  );
}
