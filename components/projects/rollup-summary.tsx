import { ProgressBar } from "./status-badge";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { Rollup } from "@/lib/projects/rollup";
import { PROJECT_STATUSES } from "@/lib/projects/status";

/** "3 projects · 2 ongoing, 1 completed · 64 % overall progress", linking to the matching list. */
export async function RollupSummary({
  rollup,
  lng,
  href,
  compact = false,
}: {
  rollup: Rollup | undefined;
  lng: Locale;
  href: string;
  compact?: boolean;
}) {
  const t = await getT(lng, "projects");
  if (!rollup)
    return (
      <p className="text-xs text-slate-500" data-testid="rollup-none">
        {t("rollup.none")}
      </p>
    );
  const mix = PROJECT_STATUSES.filter((status) => rollup.byStatus[status] > 0).map(
    (status) => `${rollup.byStatus[status]} ${t(`status.${status}`)}`,
  );
  return (
    <div
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 ${compact ? "text-xs" : "text-sm"} text-slate-700`}
      data-testid="rollup"
    >
      <a href={href} className="font-semibold text-river-700 underline">
        {t("rollup.projects", { count: rollup.count })}
      </a>
      <span>{mix.join(" · ")}</span>
      {rollup.progress !== null && (
        <ProgressBar value={rollup.progress} label={t("rollup.progress", { progress: rollup.progress })} />
      )}
    </div>
  );
}
