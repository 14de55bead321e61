import "server-only";
import { getCountries, getPriorityAreas } from "@/lib/cooperation/queries";
import type { ListTable } from "@/lib/exports/route";
import type { FileRow } from "@/lib/exports/table-file";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { getFeaturedPlan } from "@/lib/plan/queries";
import { PROJECT_STATUSES } from "@/lib/projects/status";
import type { Viewer } from "@/lib/reads/define";
import { dashboardData } from "./cached";
import type { Group } from "./figures";
import { dashboardFilterSchema, figuresFilter } from "./filters";

/**
 * The dashboard's tables as one file, with the page's filters: a row per bar of each chart (status,
 * priority area, country, approval year, phase of the plan), numbers as numbers, amounts in USD.
 * The same figures as the page shows `viewer` (published projects only for the public).
 */
export async function dashboardTable(
  viewer: Viewer,
  query: Record<string, string>,
  lng: Locale,
): Promise<ListTable | null> {
  const filter = figuresFilter(dashboardFilterSchema.parse(query));
  const plan = await getFeaturedPlan(lng);
  if (!plan) return null;
  const [t, tp, ti, { figures }, countries, areas] = await Promise.all([
    getT(lng, "dashboard"),
    getT(lng, "projects"),
    getT(lng, "imports"),
    dashboardData(viewer, plan, filter, new Date().getUTCFullYear()),
    getCountries(lng),
    getPriorityAreas(lng),
  ]);
  const countryName = (code: string) =>
    countries.find((country) => country.code === code)?.name.value ?? code;
  const areaName = (slug: string) => areas.find((area) => area.slug === slug)?.name.value ?? slug;
  const groupRow = (chart: string, group: Group, name: string): FileRow => ({
    chart,
    key: group.key,
    name,
    projects: group.projects,
    completed: group.completed,
    progress: group.progress,
    committed: group.committed,
  });
  const rows: FileRow[] = [
    ...PROJECT_STATUSES.map((status) => ({
      chart: t("charts.byStatus"),
      key: status,
      name: tp(`status.${status}`),
      projects: figures.byStatus[status],
      completed: status === "completed" ? figures.byStatus[status] : 0,
      progress: null,
      committed: null,
    })),
    ...figures.byArea.map((group) => groupRow(t("charts.byArea"), group, areaName(group.key))),
    ...figures.byCountry.map((group) => groupRow(t("charts.byCountry"), group, countryName(group.key))),
    ...figures.byYear.map((group) => groupRow(t("charts.byYear"), group, group.key)),
    ...figures.byPhase.map((group) =>
      groupRow(
        t("charts.byPhase"),
        group,
        `${t("charts.phase", { number: group.key })} (${group.startYear}–${group.endYear})`,
      ),
    ),
  ];
  async function* batches() {
    yield rows;
  }
  return {
    nameParts: ["dashboard", filter.country, filter.area, filter.pillar, filter.year],
    sheetName: "dashboard",
    columns: [
      { key: "chart", header: t("charts.title"), width: 32 },
      { key: "key", header: ti("sheet.code"), width: 24 },
      { key: "name", header: ti("sheet.name"), width: 40 },
      { key: "projects", header: t("figures.projects"), width: 10, kind: "integer" },
      { key: "completed", header: t("figures.completed"), width: 10, kind: "integer" },
      { key: "progress", header: t("figures.progress"), width: 12, kind: "integer" },
      { key: "committed", header: `${t("figures.committed")} (USD)`, width: 16, kind: "decimal" },
    ],
    rows: batches(),
  };
}
