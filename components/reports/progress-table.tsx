import type { CountryView } from "@/lib/cooperation/queries";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { CountryProgress } from "@/lib/reports/queries";
import { ReportStateBadge } from "./state-badge";

/** Where each country's contribution stands, what is overdue, and what joint projects await its signature. */
export async function ProgressTable({
  rows,
  countries,
  year,
  lng,
}: {
  rows: CountryProgress[];
  countries: CountryView[];
  year: number;
  lng: Locale;
}) {
  const t = await getT(lng, "reports");
  const nameOf = (code: string) => countries.find((country) => country.code === code)?.name.value ?? code;
  return (
    <table className="w-full max-w-5xl text-left text-sm" data-testid="progress">
      <thead className="border-b border-slate-300">
        <tr>
          <th scope="col" className="py-2 pr-4">
            {t("overview.country")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("overview.state")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("overview.submittedOn")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("overview.unsigned")}
          </th>
          <th scope="col" className="py-2">
            <span className="sr-only">{t("overview.open")}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((row) => (
          <tr key={row.countryCode} data-country={row.countryCode}>
            <th scope="row" className="py-2 pr-4 font-medium">
              {nameOf(row.countryCode)}
            </th>
            <td className="py-2 pr-4">
              <ReportStateBadge state={row.state} lng={lng} />
              {row.overdue && (
                <span className="ml-2 rounded bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900">
                  {t("overview.overdue")}
                </span>
              )}
            </td>
            <td className="py-2 pr-4">
              {row.submittedAt ? formatDate(row.submittedAt, lng, "medium") : "—"}
            </td>
            <td className="py-2 pr-4 tabular-nums">{row.unsigned}</td>
            <td className="py-2">
              <a
                href={`/${lng}/staff/reports/${year}/${row.countryCode}`}
                className="text-river-700 underline"
              >
                {t("overview.open")}
                <span className="sr-only">: {nameOf(row.countryCode)}</span>
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
