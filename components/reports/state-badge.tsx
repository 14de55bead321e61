import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ReportState } from "@/lib/reports/workflow";

const COLOURS: Record<ReportState, string> = {
  not_started: "bg-slate-100 text-slate-800",
  drafting: "bg-sky-100 text-sky-900",
  submitted: "bg-river-100 text-river-900",
  returned: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
};

export async function ReportStateBadge({ state, lng }: { state: ReportState; lng: Locale }) {
  const t = await getT(lng, "reports");
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${COLOURS[state]}`}
      data-testid="report-state"
    >
      {t(`state.${state}`)}
    </span>
  );
}
