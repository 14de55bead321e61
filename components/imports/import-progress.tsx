"use client";

import { useTranslation } from "react-i18next";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/settings";
import type { PolledRun } from "./use-import-run";

/**
 * Where a queued file stands while a worker tries it: waiting, read, then row by row. The words
 * are a polite live region; the bar carries the same figures for assistive technologies.
 */
export function ImportProgress({
  lng,
  mode,
  run,
  unreachable,
}: {
  lng: Locale;
  mode: "check" | "import";
  run: PolledRun | null;
  unreachable: boolean;
}) {
  const { t } = useTranslation("imports");
  const counted = run?.state === "running" && run.rows > 0;
  const figures = counted
    ? { done: formatNumber(run.progress, lng), total: formatNumber(run.rows, lng) }
    : null;
  const status =
    !run || run.state === "queued"
      ? t("progress.queued")
      : figures
        ? t(mode === "check" ? "progress.checking" : "progress.importing", figures)
        : t("progress.reading");
  return (
    <div className="space-y-2" data-testid="import-progress" data-state={run?.state ?? "queued"}>
      <p role="status" className="text-sm text-slate-800">
        {status}
      </p>
      <progress
        className="h-2 w-full max-w-md"
        aria-label={t("progress.label")}
        aria-valuetext={status}
        {...(counted ? { max: run.rows, value: run.progress } : {})}
      />
      <p className="text-sm text-slate-700">{t("progress.leave")}</p>
      {unreachable && (
        <p className="text-sm text-amber-900" data-testid="import-unreachable">
          {t("progress.unreachable")}
        </p>
      )}
    </div>
  );
}
