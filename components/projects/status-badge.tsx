import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ProjectStatus } from "@/lib/projects/status";

const COLOURS: Record<ProjectStatus, string> = {
  proposed: "bg-slate-100 text-slate-800",
  approved: "bg-sky-100 text-sky-900",
  ongoing: "bg-river-100 text-river-900",
  completed: "bg-emerald-100 text-emerald-900",
  suspended: "bg-amber-100 text-amber-900",
  cancelled: "bg-rose-100 text-rose-900",
};

export async function StatusBadge({ status, lng }: { status: ProjectStatus; lng: Locale }) {
  const t = await getT(lng, "projects");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${COLOURS[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <div className="flex items-center gap-2">
      <div
        className="h-2 w-24 overflow-hidden rounded bg-slate-200"
        role="progressbar"
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={label}
      >
        <div className="h-full bg-river-600" style={{ width: `${value}%` }} />
      </div>
      <span className="text-sm tabular-nums">{value}%</span>
    </div>
  );
}

export async function DemoBadge({ lng }: { lng: Locale }) {
  const t = await getT(lng, "projects");
  return (
    <span
      className="inline-block rounded border border-earth-600 px-2 py-0.5 text-xs font-semibold text-earth-600"
      title={t("demoHint")}
    >
      {t("demo")}
    </span>
  );
}
