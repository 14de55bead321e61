import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

const STYLE = {
  missing: "border-slate-500 text-slate-800",
  draft: "border-earth-600 text-earth-600",
  stale: "border-red-700 text-red-800",
  reviewed: "border-green-700 text-green-800",
  source: "border-river-700 text-river-900",
} as const;

export async function StatusBadge({ status, lng }: { status: keyof typeof STYLE; lng: Locale }) {
  const t = await getT(lng, "translations");
  return (
    <span
      className={`rounded border px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}
      data-testid="translation-status"
    >
      {t(`state.${status}`)}
    </span>
  );
}
