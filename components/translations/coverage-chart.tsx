import { formatNumber, formatPercent, languageName } from "@/lib/i18n/format";
import { DataTable } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import { locales, type Locale } from "@/lib/i18n/settings";
import type { LocaleCoverage } from "@/lib/translations/queries";

const STATES = ["source", "reviewed", "draft", "stale", "missing"] as const;
const COLOURS: Record<(typeof STATES)[number], string> = {
  source: "bg-river-800",
  reviewed: "bg-green-700",
  draft: "bg-amber-400",
  stale: "bg-red-700",
  missing: "bg-slate-300",
};

/**
 * Per locale, a stacked bar of the states of one kind of text, and the same numbers as a table
 * (the bars are drawn with plain elements: no chart library on a public page).
 */
export async function CoverageChart({
  coverage,
  kind,
  lng,
  caption,
  links,
}: {
  coverage: LocaleCoverage[];
  kind: LocaleCoverage["kind"];
  lng: Locale;
  caption: string;
  links?: Partial<Record<Locale, string>>;
}) {
  const t = await getT(lng, "translations");
  const count = (locale: Locale, state: (typeof STATES)[number]) =>
    coverage.find((row) => row.kind === kind && row.locale === locale && row.state === state)?.count ?? 0;
  const rows = locales.map((locale) => ({ locale, counts: STATES.map((state) => count(locale, state)) }));
  const total = rows[0] ? rows[0].counts.reduce((sum, value) => sum + value, 0) : 0;
  return (
    <figure className="space-y-3" data-testid={`coverage-${kind}`}>
      <figcaption className="text-lg font-semibold">{caption}</figcaption>
      <div aria-hidden="true" className="space-y-1">
        {rows.map((row) => (
          <div key={row.locale} className="grid grid-cols-[6rem_1fr] items-center gap-2 text-sm">
            <span>{languageName(row.locale, lng)}</span>
            <span className="flex h-4 overflow-hidden rounded bg-slate-100">
              {row.counts.map(
                (value, index) =>
                  value > 0 && (
                    <span
                      key={STATES[index]}
                      className={COLOURS[STATES[index]!]}
                      style={{ width: `${(100 * value) / Math.max(total, 1)}%` }}
                    />
                  ),
              )}
            </span>
          </div>
        ))}
      </div>
      <ul aria-hidden="true" className="flex flex-wrap gap-3 text-xs">
        {STATES.map((state) => (
          <li key={state} className="flex items-center gap-1">
            <span className={`inline-block h-3 w-3 rounded ${COLOURS[state]}`} />
            {t(`state.${state}`)}
          </li>
        ))}
      </ul>
      <DataTable
        caption={caption}
        captionHidden
        compact
        rows={rows}
        rowKey={(row) => row.locale}
        rowAttributes={(row) => ({ "data-testid": `coverage-${kind}-${row.locale}` })}
        columns={[
          {
            key: "language",
            header: t("coverage.language"),
            rowHeader: true,
            cell: (row) =>
              links?.[row.locale] ? (
                <a href={links[row.locale]} className="text-river-700 underline">
                  {languageName(row.locale, lng)}
                </a>
              ) : (
                languageName(row.locale, lng)
              ),
          },
          ...STATES.map((state, index) => ({
            key: state,
            header: t(`state.${state}`),
            numeric: true,
            cell: (row: (typeof rows)[number]) => formatNumber(row.counts[index]!, lng),
          })),
          {
            key: "readable",
            header: t("coverage.readable"),
            numeric: true,
            cell: (row) => formatPercent(total ? (row.counts[0]! + row.counts[1]!) / total : 0, lng),
          },
        ]}
      />
    </figure>
  );
}
