import { getPillars, getPriorityAreas, getCountries } from "@/lib/cooperation/queries";
import { formatYear } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { PROJECT_SORTS, type ProjectFilter } from "@/lib/projects/filters";
import { FUNDING_SOURCES, PROJECT_STATUSES } from "@/lib/projects/status";
import { yearsSince } from "@/lib/validation/primitives";
import { buttonClass } from "@/components/ui/button";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";

const INPUT = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5";
/** The filters counted as "in use" on the phone's fold-away button (the order is no filter). */
const FILTER_FIELDS = ["country", "status", "pillar", "area", "year", "funding"] as const;

/** A plain GET form: the filters are the page's address, so every list can be linked and bookmarked. */
export async function ProjectFilters({
  filter,
  lng,
  action,
}: {
  filter: ProjectFilter;
  lng: Locale;
  action: string;
}) {
  const [t, tc, countries, pillars, areas] = await Promise.all([
    getT(lng, "projects"),
    getT(lng, "common"),
    getCountries(lng),
    getPillars(lng),
    getPriorityAreas(lng),
  ]);
  const select = (name: keyof ProjectFilter, label: string, options: { value: string; label: string }[]) => (
    <label className="text-sm">
      {label}
      <select name={name} defaultValue={String(filter[name] ?? "")} className={INPUT}>
        <option value="">{t("list.any")}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  const active = FILTER_FIELDS.filter((field) => filter[field] !== undefined && filter[field] !== "").length;
  return (
    <form
      method="get"
      action={action}
      className="space-y-3 rounded border border-slate-200 p-4"
      role="search"
    >
      <label className="block text-sm">
        {t("list.search")}
        <input type="search" name="q" defaultValue={filter.q} className={INPUT} />
      </label>
      <FilterDisclosure
        label={active ? tc("filters.toggle", { count: active }) : tc("filters.none")}
        className="gap-3 sm:grid-cols-2 lg:grid-cols-4"
      >
        {select(
          "country",
          t("list.country"),
          countries.map((country) => ({ value: country.code, label: country.name.value })),
        )}
        {select(
          "status",
          t("list.status"),
          PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
        )}
        {select(
          "pillar",
          t("list.pillar"),
          pillars.map((pillar) => ({ value: pillar.slug, label: pillar.name.value })),
        )}
        {select(
          "area",
          t("list.area"),
          areas.map((area) => ({ value: area.slug, label: area.name.value })),
        )}
        {select(
          "year",
          t("list.year"),
          yearsSince().map((year) => ({ value: String(year), label: formatYear(year, lng) })),
        )}
        {select(
          "funding",
          t("list.funding"),
          FUNDING_SOURCES.map((source) => ({ value: source, label: t(`funding.${source}`) })),
        )}
        <label className="text-sm">
          {t("list.sort")}
          <select name="sort" defaultValue={filter.sort} className={INPUT}>
            {PROJECT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>
        </label>
      </FilterDisclosure>
      {filter.paragraph && <input type="hidden" name="paragraph" value={filter.paragraph} />}
      {filter.section && <input type="hidden" name="section" value={filter.section} />}
      <div className="flex items-end gap-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("list.apply")}
        </button>
        <a href={action} className="text-river-700 underline">
          {t("list.clear")}
        </a>
      </div>
    </form>
  );
}
