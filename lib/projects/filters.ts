// The project list's filters, read from its address (public and staff lists, dashboards' drill-downs).
import { z } from "zod";
import {
  citation,
  countryCode,
  ignoredIfInvalid,
  searchText,
  sectionNumber,
  slug,
  year,
} from "@/lib/validation/primitives";
import { queryName } from "@/lib/http/named-query";
import { FUNDING_SOURCES, PROJECT_STATUSES } from "./status";

export const PROJECTS_PER_PAGE = 25;
export const PROJECT_SORTS = ["updated", "code", "progress", "year"] as const;

/** The list's filters live in the address bar; anything malformed is ignored, never an error. */
export const projectFilterSchema = z.object({
  q: searchText(100),
  country: ignoredIfInvalid(countryCode),
  pillar: ignoredIfInvalid(slug),
  area: ignoredIfInvalid(slug),
  status: ignoredIfInvalid(z.enum(PROJECT_STATUSES)),
  year: ignoredIfInvalid(year),
  funding: ignoredIfInvalid(z.enum(FUNDING_SOURCES)),
  paragraph: ignoredIfInvalid(citation),
  section: ignoredIfInvalid(sectionNumber),
  sort: z.enum(PROJECT_SORTS).catch("updated"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ProjectFilter = z.infer<typeof projectFilterSchema>;

/** The list's filters from an address's query. */
export function projectFilterOf(query: URLSearchParams): ProjectFilter {
  return projectFilterSchema.parse(Object.fromEntries(query));
}

const PUBLIC_LIST = /^\/[a-z]{2}\/projects$/;

/**
 * Whether an address (its path and query as the reader wrote them) searches the public project
 * list: proxy.ts sends it to the route rendered per request (app/[lng]/projects/search), and the
 * portal's server keeps its page in memory only once it is asked for again (lib/http/front-cache.ts).
 */
export function isPublicListSearch(pathname: string, query: URLSearchParams): boolean {
  return PUBLIC_LIST.test(pathname) && query.has("q") && Boolean(projectFilterOf(query).q);
}

/**
 * A list without a search, by its name in the page cache (app/[lng]/projects/for/[filter]): the
 * filters, order and page that are set ("country=TH&status=ongoing&page=2"); "" for the first
 * page of the whole list. A search is rendered per request (app/[lng]/projects/search).
 */
export function listKey(filter: ProjectFilter): string {
  return queryName(
    filter,
    ["country", "pillar", "area", "status", "year", "funding", "paragraph", "section", "sort", "page"],
    { sort: "updated", page: 1 },
  );
}

/** The list's filters without its page and order: what a download of the whole list keeps. */
export function filtersOnly({ page: _page, sort: _sort, ...filters }: ProjectFilter) {
  return filters;
}
