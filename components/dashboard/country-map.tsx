import { MAP_HEIGHT, MAP_WIDTH, mapGeometry } from "@/lib/dashboard/map-geometry";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

// Five steps of the river blue; text on the two darkest is white.
const SHADES = ["#e0f0f5", "#a9d5e3", "#66afc8", "#2b7f9c", "#135a72"];

export type MapValue = { code: string; name: string; value: number | null; display: string; href?: string };

/**
 * The six countries coloured by a measure, drawn on the server as SVG from npm map data. Each
 * country is a link to its projects and says its value; the figure's table repeats the numbers.
 */
export async function CountryMap({ title, values, lng }: { title: string; values: MapValue[]; lng: Locale }) {
  const t = await getT(lng, "dashboard");
  const geometry = mapGeometry();
  const max = Math.max(0, ...values.map((entry) => entry.value ?? 0));
  const shade = (value: number | null) =>
    value === null || max === 0
      ? "#f1f5f9"
      : SHADES[Math.min(SHADES.length - 1, Math.floor((value / max) * (SHADES.length - 1e-9)))]!;
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
          const dark = fill === SHADES[3] || fill === SHADES[4];
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
      <p className="text-sm text-slate-700">{t("map.hint")}</p>
      <div className="flex items-center gap-2 text-xs" aria-hidden="true">
        <span>{t("map.low")}</span>
        {SHADES.map((colour) => (
          <span
            key={colour}
            className="inline-block h-3 w-8 border border-slate-300"
            style={{ background: colour }}
          />
        ))}
        <span>{t("map.high")}</span>
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
