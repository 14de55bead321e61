import type { CountryView } from "@/lib/cooperation/queries";
import { DataTable } from "@/components/ui/table";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { CountryProgress } from "@/lib/reports/queries";
import { routes } from "@/lib/routes";
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
    <DataTable
      caption={t("overview.title", { year })}
      captionHidden
      testId="progress"
      rows={rows}
      rowKey={(row) => row.countryCode}
      rowAttributes={(row) => ({ "data-country": row.countryCode })}
      columns={[
        {
          key: "country",
          header: t("overview.country"),
          rowHeader: true,
          cell: (row) => nameOf(row.countryCode),
        },
        {
          key: "state",
          header: t("overview.state"),
          cell: (row) => (
            <>
              <ReportStateBadge state={row.state} lng={lng} />
              {row.overdue && (
                <span className="ml-2 rounded bg-rose-100 px-2 py-0.5 text-xs font-semibold text-rose-900">
                  {t("overview.overdue")}
                </span>
              )}
            </>
          ),
        },
        {
          key: "submittedOn",
          header: t("overview.submittedOn"),
          cell: (row) => (row.submittedAt ? formatDate(row.submittedAt, lng, "medium") : "—"),
        },
        {
          key: "unsigned",
          header: t("overview.unsigned"),
          numeric: true,
          cell: (row) => formatNumber(row.unsigned, lng),
        },
        {
          key: "open",
          header: <span className="sr-only">{t("overview.open")}</span>,
          cell: (row) => (
            <a
              href={routes.staff.contribution(lng, year, row.countryCode)}
              className="text-river-700 underline"
            >
              {t("overview.open")}
              <span className="sr-only">: {nameOf(row.countryCode)}</span>
            </a>
          ),
        },
      ]}
    />
  );
}
