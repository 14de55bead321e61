import type { AreaView, CountryView, PillarView } from "@/lib/cooperation/queries";
import { formatYear } from "@/lib/i18n/format";
import type { DashboardFilter } from "@/lib/dashboard/filters";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { buttonClass } from "@/components/ui/button";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";

const INPUT = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5";

/** A plain GET form: the filters are the dashboard's address, so a view can be linked and bookmarked. */
export async function DashboardFilters({
  filter,
  years,
  countries,
  areas,
  pillars,
  action,
  lng,
}: {
  filter: DashboardFilter;
  years: number[];
  countries: CountryView[];
  areas: AreaView[];
  pillars: PillarView[];
  action: string;
  lng: Locale;
}) {
  const [t, tc] = await Promise.all([getT(lng, "dashboard"), getT(lng, "common")]);
  // The measure is a choice of view, not a filter: it is not counted as one in use.
  const active = (["country", "area", "pillar", "year"] as const).filter((field) => filter[field]).length;
  const select = (
    name: keyof DashboardFilter,
    label: string,
    options: { value: string; label: string }[],
    any = true,
  ) => (
    <label className="text-sm">
      {label}
      <select name={name} defaultValue={String(filter[name] ?? "")} className={INPUT}>
        {any && <option value="">{t("filters.any")}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      action={action}
      className="no-print space-y-3 rounded border border-slate-200 p-4"
      aria-label={t("filters.label")}
    >
      <FilterDisclosure
        label={active ? tc("filters.toggle", { count: active }) : tc("filters.none")}
        className="gap-3 sm:grid-cols-2 lg:grid-cols-5"
      >
        {select(
          "country",
          t("filters.country"),
          countries.map((country) => ({ value: country.code, label: country.name.value })),
        )}
        {select(
          "area",
          t("filters.area"),
          areas.map((area) => ({ value: area.slug, label: area.name.value })),
        )}
        {select(
          "pillar",
          t("filters.pillar"),
          pillars.map((pillar) => ({ value: pillar.slug, label: pillar.name.value })),
        )}
        {select(
          "year",
          t("filters.year"),
          years.map((year) => ({ value: String(year), label: formatYear(year, lng) })),
        )}
        {select(
          "measure",
          t("filters.measure"),
          (["projects", "completion", "committed"] as const).map((measure) => ({
            value: measure,
            label: t(`measures.${measure}`),
          })),
          false,
        )}
      </FilterDisclosure>
      <div className="flex items-end gap-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <a href={action} className="text-river-700 underline">
          {t("filters.clear")}
        </a>
      </div>
    </form>
  );
}
