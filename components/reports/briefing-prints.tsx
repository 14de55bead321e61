import { ActionButton } from "@/components/forms/action-button";
import { DataTable } from "@/components/ui/table";
import { retryBriefingPrintAction } from "@/lib/briefing/actions";
import type { listBriefingPrints } from "@/lib/briefing/queries";
import { formatDateTime, formatNumber, languageName } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

type Print = Awaited<ReturnType<typeof listBriefingPrints>>[number];

/**
 * For reviewers on a published edition's page: the public packs printed ahead by the print job,
 * per language, how many are ready, and a retry for a print that failed.
 */
export async function BriefingPrints({
  lng,
  number,
  prints,
}: {
  lng: Locale;
  number: number;
  prints: Print[];
}) {
  const t = await getT(lng, "reports");
  if (!prints.length) return null;
  const printed = prints.filter((print) => print.state === "printed").length;
  return (
    <section aria-labelledby="prints" className="space-y-2">
      <h2 id="prints" className="text-lg font-semibold">
        {t("prints.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("prints.lead")}</p>
      <label className="block text-sm">
        <span>
          {t("prints.ready", {
            printed: formatNumber(printed, lng),
            total: formatNumber(prints.length, lng),
          })}
        </span>
        <progress className="mt-1 block w-full max-w-xs" max={prints.length} value={printed} />
      </label>
      <DataTable
        caption={t("prints.title")}
        captionHidden
        compact
        testId="briefing-prints"
        rows={prints}
        rowKey={(print) => print.locale}
        rowAttributes={(print) => ({ "data-state": print.state, "data-locale": print.locale })}
        columns={[
          {
            key: "language",
            header: t("prints.language"),
            cell: (print) => languageName(print.locale, lng),
            rowHeader: true,
          },
          {
            key: "state",
            header: t("prints.state"),
            cell: (print) =>
              print.state === "printed" && print.printedAt
                ? `${t("prints.states.printed")} · ${formatDateTime(print.printedAt, lng)}`
                : t(`prints.states.${print.state}`),
          },
          {
            key: "attempts",
            header: t("prints.attempts"),
            cell: (print) => formatNumber(print.attempts, lng),
            numeric: true,
          },
          {
            key: "retry",
            header: t("prints.error"),
            cell: (print) =>
              print.state === "failed" ? (
                <div className="space-y-1">
                  <span lang="en" className="block break-all">
                    {print.lastError}
                  </span>
                  <ActionButton
                    label={t("prints.retry")}
                    action={retryBriefingPrintAction}
                    input={{ number, locale: print.locale }}
                  />
                </div>
              ) : null,
          },
        ]}
      />
    </section>
  );
}
