// A notice beside the content it is about: what went wrong, what succeeded, what the reader should
// know (a draft translation, an unpublished edition). The tone is shown by colour and border, never
// by colour alone: the text says it too.
import type { HTMLAttributes } from "react";

export type NoticeTone = "info" | "warning" | "error" | "success";

const TONES: Record<NoticeTone, string> = {
  info: "border-river-600 bg-river-50 text-river-900",
  warning: "border-earth-600 bg-earth-50 text-slate-900",
  error: "border-red-700 bg-red-50 text-red-800",
  success: "border-river-600 bg-river-50 text-river-900",
};

export function Notice({
  tone = "info",
  compact = false,
  className = "",
  ...props
}: HTMLAttributes<HTMLDivElement> & { tone?: NoticeTone; compact?: boolean }) {
  const size = compact ? "px-3 py-2 text-sm" : "px-4 py-3";
  return <div className={`rounded border-l-4 ${TONES[tone]} ${size} ${className}`.trim()} {...props} />;
}
