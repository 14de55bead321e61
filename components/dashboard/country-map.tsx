import { isDarkShade, mapClasses, shadeOf } from "@/lib/dashboard/map-classes";
import { MAP_HEIGHT, MAP_WIDTH, mapGeometry } from "@/lib/dashboard/map-geometry";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

export type MapValue = { code: string; name: string; value: number | null; display: string; href?: string };

/**
 * The six countries coloured by a measure, drawn on the server as SVG from npm map data. Each
 * country is a link to its projects and says its value; the legend names the value of every shade
 * (lib/dashboard/map-classes.ts). On a phone, where the map's labels would be too small to read,
 * the countries and their values are listed under it instead.
 */
export async function CountryMap({
  title,
  values,
  format,
  lng,
}: {
  title: string;
  values: MapValue[];
  /** How the legend writes a value (the same way as each country's `display`). */
  format: (value: number) => string;
  lng: Locale;
}) {
  const t = await getT(lng, "dashboard");
  const geometry = mapGeometry();
  const classes = mapClasses(values.map((entry) => entry.value));
  const shade = (value: number | null) => shadeOf(value, classes);
  return (
    <figure
      className="break-inside-avoid space-y-2 rounded border border-slate-200 p-4"
      data-testid="country-map"
    >
      <figcaption id="map-title" className="text-lg font-semibold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        className="h-auto w-full max-w-xl"
        role="group"
        aria-labelledby="map-title"
      >
        <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill="#f8fafc" />
        <path d={geometry.context} fill="#e2e8f0" stroke="#ffffff" strokeWidth={0.6} aria-hidden="true" />
        {geometry.countries.map((country) => {
          const entry = values.find((value) => value.code === country.code);
          const fill = shade(entry?.value ?? null);
          const dark = isDarkShade(fill);
          return (
            <Shape
              key={country.code}
              href={entry?.href}
              label={`${entry?.name ?? country.code}: ${entry?.display ?? "—"}`}
            >
              <path d={country.d} fill={fill} stroke="#334155" strokeWidth={0.8} />
              <text
                x={country.label[0]}
                y={country.label[1]}
                textAnchor="middle"
                fontSize={13}
                fill={dark ? "#ffffff" : "#0f172a"}
                aria-hidden="true"
                className="max-sm:hidden"
              >
                <tspan x={country.label[0]} dy="0">
                  {entry?.name ?? country.code}
                </tspan>
                <tspan x={country.label[0]} dy="16" fontWeight={700}>
                  {entry?.display ?? "—"}
                </tspan>
              </text>
            </Shape>
          );
        })}
      </svg>
      <ul className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:hidden" data-testid="map-list">
        {values.map((entry) => (
          <li key={entry.code} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-4 shrink-0 border border-slate-300"
              style={{ background: shade(entry.value) }}
            />
            <span>
              {entry.name}: <span className="whitespace-nowrap font-semibold">{entry.display}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">{t("map.hint")}</p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="map-legend">
        <span>{t("map.legend")}</span>
        {classes.map((entry) => (
          <span key={entry.shade} className="inline-flex items-center gap-1 whitespace-nowrap">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-6 border border-slate-300"
              style={{ background: entry.shade }}
            />
            {entry.from === entry.to ? format(entry.from) : `${format(entry.from)}–${format(entry.to)}`}
          </span>
        ))}
      </div>
    </figure>
  );
}

/** A country of the map: a link to its projects when there is a list to drill into. */
function Shape({ href, label, children }: { href?: string; label: string; children: React.ReactNode }) {
  return href ? (
    <a href={href} aria-label={label}>
      <title>{label}</title>
      {children}
    </a>
  ) : (
    <g role="img" aria-label={label}>
      <title>{label}</title>
      {children}
    </g>
  );
}
