// The dashboard's filters live in the address bar, like the project list's; anything malformed is
// ignored, never an error.
import { z } from "zod";
import { queryName } from "@/lib/http/named-query";
import { withQuery } from "@/lib/routes";
import { countryCode, ignoredIfInvalid, slug, year } from "@/lib/validation/primitives";

export const dashboardFilterSchema = z.object({
  country: ignoredIfInvalid(countryCode),
  area: ignoredIfInvalid(slug),
  pillar: ignoredIfInvalid(slug),
  year: ignoredIfInvalid(year),
  /** Which measure colours the map. */
  measure: z.enum(["projects", "completion", "committed"]).catch("projects"),
});
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

/**
 * A filtered dashboard's name in the page cache (app/[lng]/dashboard/for/[filter]): the filters
 * that are set, in a fixed order ("country=TH&year=2020"); "" without any.
 */
export function filterKey(filter: DashboardFilter): string {
  return queryName(filter, ["country", "area", "pillar", "year", "measure"], { measure: "projects" });
}

/** The filters of an address's query, or of a name made by `filterKey`; anything malformed is ignored. */
export function filterOf(query: URLSearchParams): DashboardFilter {
  return dashboardFilterSchema.parse(Object.fromEntries(query));
}

/** The project-list address (`base`: public or staff list) that shows the projects behind a figure. */
export function projectListHref(
  base: string,
  filter: Partial<DashboardFilter> & { status?: string },
): string {
  const { country, area, pillar, year: approvalYear, status } = filter;
  return withQuery(base, { country, area, pillar, year: approvalYear, status });
}

/** The filters that select the figures (the map's measure only colours it): what a download keeps. */
export function figuresFilter({ measure: _measure, ...filter }: DashboardFilter) {
  return filter;
}
