"use client";

import { useState } from "react";
import { ButtonLink } from "@/components/ui/button";

/**
 * The briefing pack's PDF link. A pack not printed ahead takes seconds to print, which a plain link
 * shows as a stalled download; with scripts the page fetches it, says that it is being prepared
 * (an indeterminate progress bar, announced), then saves it under its own name. Without scripts,
 * or with a modifier key, it stays a plain link.
 */
export function PdfDownload({
  href,
  label,
  preparing,
  failed,
}: {
  href: string;
  label: string;
  preparing: string;
  failed: string;
}) {
  const [state, setState] = useState<"idle" | "preparing" | "failed">("idle");
  const [problem, setProblem] = useState(failed);

  const download = async (event: React.MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (state === "preparing") return;
    setState("preparing");
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok) {
        // The server's own translated reason (no Chromium, a failed print: try again later).
        setProblem((await response.text()) || failed);
        setState("failed");
        return;
      }
      const pdf = await response.blob();
      const disposition = response.headers.get("Content-Disposition") ?? "";
      const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "briefing.pdf";
      const address = URL.createObjectURL(pdf);
      const save = document.createElement("a");
      save.href = address;
      save.download = name;
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(address), 60_000);
      setState("idle");
    } catch {
      setProblem(failed);
      setState("failed");
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3">
      <ButtonLink
        href={href}
        variant="primary"
        data-testid="pdf-link"
        aria-disabled={state === "preparing" || undefined}
        onClick={download}
      >
        {label}
      </ButtonLink>
      <div role="status" className="flex items-center gap-2 text-sm" data-testid="pdf-status">
        {state === "preparing" && (
          <>
            <progress className="h-2 w-24" aria-label={preparing} />
            <span>{preparing}</span>
          </>
        )}
        {state === "failed" && <span className="text-red-700">{problem}</span>}
      </div>
    </div>
  );
}
