import type { CadenceYear } from "@/lib/dashboard/cadence";
import { formatYear } from "@/lib/i18n/format";
import { DataTable } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** Whether the meetings the plan promises took place, year by year, from the meeting records. */
export async function CadenceTable({ years, lng }: { years: CadenceYear[]; lng: Locale }) {
  const t = await getT(lng, "dashboard");
  const leaders = (year: CadenceYear) =>
    year.leaders > 0 ? t("cadence.held") : year.leadersDue ? t("cadence.missed") : t("cadence.notDue");
  return (
    <section
      aria-labelledby="cadence"
      className="break-inside-avoid space-y-2 rounded border border-slate-200 p-4"
    >
      <h2 id="cadence" className="text-lg font-semibold">
        {t("cadence.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("cadence.lead")}</p>
      <DataTable
        caption={t("cadence.title")}
        captionHidden
        compact
        testId="cadence"
        rows={years}
        rowKey={(year) => String(year.year)}
        rowAttributes={(year) => ({ "data-year": String(year.year) })}
        columns={[
          {
            key: "year",
            header: t("cadence.year"),
            rowHeader: true,
            cell: (year) => (
              <span className="whitespace-nowrap font-normal">{formatYear(year.year, lng)}</span>
            ),
          },
          {
            key: "leaders",
            header: t("cadence.leaders"),
            cell: (year) => (
              <span className={year.leaders === 0 && year.leadersDue ? "font-semibold text-rose-800" : ""}>
                {leaders(year)}
              </span>
            ),
          },
          {
            key: "ministers",
            header: t("cadence.ministers"),
            cell: (year) => (
              <span className={year.ministers === 0 ? "font-semibold text-rose-800" : ""}>
                {year.ministers > 0 ? t("cadence.held") : t("cadence.missed")}
              </span>
            ),
          },
        ]}
      />
    </section>
  );
}
