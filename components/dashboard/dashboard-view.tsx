import { CadenceTable } from "@/components/dashboard/cadence-table";
import { ChartFigure } from "@/components/dashboard/chart-figure";
import { LazyStackedColumns } from "@/components/dashboard/lazy-charts";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { FigurePanels } from "@/components/dashboard/figure-panels";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { DownloadLinks } from "@/components/ui/download-links";
import { getCountries, getPillars, getPriorityAreas } from "@/lib/cooperation/queries";
import { dashboardData } from "@/lib/dashboard/cached";
import type { DashboardFilter } from "@/lib/dashboard/filters";
import { formatNumber, formatTag, formatYear } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { PlanOverview } from "@/lib/plan/queries";
import { PROJECT_STATUSES } from "@/lib/projects/status";
import type { Viewer } from "@/lib/reads/define";
import { yearsSince } from "@/lib/validation/primitives";

const STATUS_COLOURS = {
  proposed: "#94a3b8",
  approved: "#38bdf8",
  ongoing: "#1d6f8a",
  completed: "#059669",
  suspended: "#d97706",
  cancelled: "#e11d48",
} as const;

/** The live dashboard of a plan: filters, key figures, charts with tables, the map, trends and meeting cadence. */
export async function DashboardView({
  viewer,
  plan,
  filter,
  action,
  listBase,
  fileHref,
  lng,
}: {
  /** Whose dashboard: the public's counts published projects only, staff's every one. */
  viewer: Viewer;
  plan: PlanOverview;
  filter: DashboardFilter;
  action: string;
  /** The project list the figures drill into: the public one, or the staff one with unpublished projects. */
  listBase: string;
  /** The figures' tables as a file, with these filters. */
  fileHref: (format: "xlsx" | "csv") => string;
  lng: Locale;
}) {
  const thisYear = new Date().getUTCFullYear();
  const { measure: _measure, ...dataFilter } = filter;
  const [t, tp, { figures: result, trend, cadence }, countries, areas, pillars] = await Promise.all([
    getT(lng, "dashboard"),
    getT(lng, "projects"),
    dashboardData(viewer, plan, dataFilter, thisYear),
    getCountries(lng),
    getPriorityAreas(lng),
    getPillars(lng),
  ]);
  const years = yearsSince(plan.endYear);
  const series = PROJECT_STATUSES.map((status) => ({
    key: status,
    label: tp(`status.${status}`),
    colour: STATUS_COLOURS[status],
  }));
  return (
    <div className="space-y-6">
      <DashboardFilters
        filter={filter}
        years={years}
        countries={countries}
        areas={areas}
        pillars={pillars}
        action={action}
        lng={lng}
      />
      <KeyFigures totals={result.totals} lng={lng} />
      {/* Below the key figures: on a phone they stay in the first screen. */}
      <DownloadLinks lng={lng} href={fileHref} />
      <FigurePanels
        figures={result}
        countries={countries}
        areas={areas}
        lng={lng}
        drillDown={{ filter, base: listBase }}
        measure={filter.measure}
      />
      <ChartFigure
        id="trend"
        title={t("charts.trend")}
        lng={lng}
        chart={
          <LazyStackedColumns
            data={trend.map((row) => ({
              label: formatYear(row.year, lng),
              ...Object.fromEntries(PROJECT_STATUSES.map((status) => [status, row[status]])),
            }))}
            series={series}
            formatTag={formatTag(lng)}
          />
        }
        columns={[
          { label: t("charts.year") },
          ...series.map((entry) => ({ label: entry.label, numeric: true })),
        ]}
        rows={trend.map((row) => ({
          label: formatYear(row.year, lng),
          cells: PROJECT_STATUSES.map((status) => formatNumber(row[status], lng)),
        }))}
      />
      <CadenceTable years={cadence} lng={lng} />
    </div>
  );
}
