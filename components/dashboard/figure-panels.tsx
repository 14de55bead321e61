import { ChartFigure, type TableRow } from "@/components/dashboard/chart-figure";
import type { ChartBar } from "@/components/dashboard/charts";
import { CountryMap } from "@/components/dashboard/country-map";
import { LazyHorizontalBars } from "@/components/dashboard/lazy-charts";
import type { AreaView, CountryView } from "@/lib/cooperation/queries";
import type { Figures, Group } from "@/lib/dashboard/figures";
import { projectListHref, type DashboardFilter } from "@/lib/dashboard/filters";
import { largestFirst } from "@/lib/dashboard/order";
import {
  formatNumber,
  formatPercent,
  formatTag,
  formatUsd,
  formatYear,
  formatYearRange,
} from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { PROJECT_STATUSES } from "@/lib/projects/status";

type Props = {
  figures: Figures;
  countries: CountryView[];
  areas: AreaView[];
  lng: Locale;
  /** Where the projects behind a bar are listed; null for a frozen edition (live lists would differ). */
  drillDown: { filter: Partial<DashboardFilter>; base: string } | null;
  measure: DashboardFilter["measure"];
  sections?: ("status" | "area" | "country" | "year" | "phase")[];
  /** For paper: tables unfolded and charts drawn at once, not when they come into view. */
  tablesOpen?: boolean;
};

/** The charts of a set of figures, each with its table; shared by the dashboards, editions and briefing packs. */
export async function FigurePanels({
  figures,
  countries,
  areas,
  lng,
  drillDown,
  measure,
  sections = ["status", "area", "country", "year", "phase"],
  tablesOpen = false,
}: Props) {
  const [t, tp] = await Promise.all([getT(lng, "dashboard"), getT(lng, "projects")]);
  const href = (extra: Record<string, string | number>) =>
    drillDown ? projectListHref(drillDown.base, { ...drillDown.filter, ...extra }) : undefined;
  const countryName = (code: string) =>
    countries.find((country) => country.code === code)?.name.value ?? code;
  const areaName = (slug: string) => areas.find((area) => area.slug === slug)?.name.value ?? slug;
  const tag = formatTag(lng);
  const byArea = largestFirst(figures.byArea, (group) => areaName(group.key), tag);
  const byCountry = largestFirst(figures.byCountry, (group) => countryName(group.key), tag);
  const groupColumns = [
    { label: "" },
    { label: t("figures.projects"), numeric: true },
    { label: t("figures.completed"), numeric: true },
    { label: t("figures.progress"), numeric: true },
    { label: t("figures.committed"), numeric: true },
  ];
  // What the table's columns count, said under each table.
  const definitions = (["projects", "completed", "progress", "committed"] as const).map((key) => ({
    term: t(`figures.${key}`),
    text: t(`definitions.${key}`),
  }));
  const groupRow = (group: Group, label: string, link?: string): TableRow => ({
    label,
    href: link,
    cells: [
      formatNumber(group.projects, lng),
      formatNumber(group.completed, lng),
      group.progress === null ? "—" : `${formatNumber(group.progress, lng)} %`,
      formatUsd(group.committed, lng),
    ],
  });
  const bars = (
    groups: Group[],
    label: (key: string) => string,
    link: (key: string) => string | undefined,
  ): ChartBar[] =>
    groups.map((group) => ({ label: label(group.key), value: group.projects, href: link(group.key) }));
  const countryValue = (group: Group | undefined) =>
    !group
      ? null
      : measure === "completion"
        ? group.projects
          ? group.completed / group.projects
          : null
        : measure === "committed"
          ? group.committed
          : group.projects;
  const countryDisplay = (value: number | null) =>
    value === null
      ? "—"
      : measure === "completion"
        ? formatPercent(value, lng)
        : measure === "committed"
          ? formatUsd(value, lng)
          : formatNumber(value, lng);

  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      {sections.includes("status") && (
        <ChartFigure
          id="status"
          title={t("charts.byStatus")}
          lng={lng}
          open={tablesOpen}
          definitions={definitions}
          chart={
            <LazyHorizontalBars
              atOnce={tablesOpen}
              data={PROJECT_STATUSES.map((status) => ({
                label: tp(`status.${status}`),
                value: figures.byStatus[status],
                href: href({ status }),
              }))}
              format="number"
              formatTag={tag}
            />
          }
          columns={[{ label: t("charts.status") }, { label: t("figures.projects"), numeric: true }]}
          rows={PROJECT_STATUSES.map((status) => ({
            label: tp(`status.${status}`),
            href: href({ status }),
            cells: [formatNumber(figures.byStatus[status], lng)],
          }))}
        />
      )}
      {sections.includes("area") && (
        <ChartFigure
          id="area"
          title={t("charts.byArea")}
          lng={lng}
          open={tablesOpen}
          definitions={definitions}
          chart={
            <LazyHorizontalBars
              atOnce={tablesOpen}
              data={bars(byArea, areaName, (key) => href({ area: key }))}
              format="number"
              formatTag={tag}
            />
          }
          columns={[{ label: t("charts.area") }, ...groupColumns.slice(1)]}
          rows={byArea.map((group) => groupRow(group, areaName(group.key), href({ area: group.key })))}
        />
      )}
      {sections.includes("country") && (
        <>
          <ChartFigure
            id="country"
            title={t("charts.byCountry")}
            lng={lng}
            open={tablesOpen}
            definitions={definitions}
            chart={
              <LazyHorizontalBars
                atOnce={tablesOpen}
                data={bars(byCountry, countryName, (key) => href({ country: key }))}
                format="number"
                formatTag={tag}
              />
            }
            columns={[{ label: t("charts.country") }, ...groupColumns.slice(1)]}
            rows={byCountry.map((group) =>
              groupRow(group, countryName(group.key), href({ country: group.key })),
            )}
          />
          <CountryMap
            title={t("map.title", { measure: t(`measures.${measure}`) })}
            lng={lng}
            format={countryDisplay}
            values={countries.map((country) => {
              const value = countryValue(figures.byCountry.find((group) => group.key === country.code));
              return {
                code: country.code,
                name: country.name.value,
                value,
                display: countryDisplay(value),
                href: href({ country: country.code }),
              };
            })}
          />
        </>
      )}
      {sections.includes("year") && (
        <ChartFigure
          id="year"
          title={t("charts.byYear")}
          lng={lng}
          open={tablesOpen}
          definitions={definitions}
          chart={
            <LazyHorizontalBars
              atOnce={tablesOpen}
              data={bars(
                figures.byYear,
                (key) => formatYear(Number(key), lng),
                (key) => href({ year: key }),
              )}
              format="number"
              formatTag={tag}
            />
          }
          columns={[{ label: t("charts.year") }, ...groupColumns.slice(1)]}
          rows={figures.byYear.map((group) =>
            groupRow(group, formatYear(Number(group.key), lng), href({ year: group.key })),
          )}
        />
      )}
      {sections.includes("phase") && figures.byPhase.length > 0 && (
        <ChartFigure
          id="phase"
          title={t("charts.byPhase")}
          lng={lng}
          open={tablesOpen}
          definitions={definitions}
          chart={
            <LazyHorizontalBars
              atOnce={tablesOpen}
              data={bars(
                figures.byPhase,
                (key) => phaseLabel(figures, key, lng, t("charts.phase", { number: key })),
                () => undefined,
              )}
              format="number"
              formatTag={tag}
            />
          }
          columns={[{ label: t("charts.phaseColumn") }, ...groupColumns.slice(1)]}
          rows={figures.byPhase.map((group) =>
            groupRow(group, phaseLabel(figures, group.key, lng, t("charts.phase", { number: group.key }))),
          )}
        />
      )}
    </div>
  );
}

function phaseLabel(figures: Figures, key: string, lng: Locale, name: string): string {
  const phase = figures.byPhase.find((group) => group.key === key)!;
  return `${name} (${formatYearRange(phase.startYear, phase.endYear, lng)})`;
}
