import type { CadenceYear } from "@/lib/dashboard/cadence";
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
      <table className="w-full text-left text-sm" data-testid="cadence">
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-1 pr-4">
              {t("cadence.year")}
            </th>
            <th scope="col" className="py-1 pr-4">
              {t("cadence.leaders")}
            </th>
            <th scope="col" className="py-1">
              {t("cadence.ministers")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {years.map((year) => (
            <tr key={year.year} data-year={year.year}>
              <th scope="row" className="py-1 pr-4 font-normal">
                {year.year}
              </th>
              <td
                className={`py-1 pr-4 ${year.leaders === 0 && year.leadersDue ? "font-semibold text-rose-800" : ""}`}
              >
                {leaders(year)}
              </td>
              <td className={`py-1 ${year.ministers === 0 ? "font-semibold text-rose-800" : ""}`}>
                {year.ministers > 0 ? t("cadence.held") : t("cadence.missed")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
