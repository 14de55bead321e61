import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

export type TableColumn = { label: string; numeric?: boolean };
export type TableRow = { label: string; href?: string; cells: string[] };

/**
 * A chart with its table alternative: the same numbers as an HTML table (with links to the
 * projects behind each row), folded under the chart and always in the page.
 */
export async function ChartFigure({
  id,
  title,
  chart,
  columns,
  rows,
  open = false,
  lng,
}: {
  id: string;
  /** Unfolded, for paper (the briefing pack). */
  open?: boolean;
  title: string;
  chart: React.ReactNode;
  columns: TableColumn[];
  rows: TableRow[];
  lng: Locale;
}) {
  const t = await getT(lng, "dashboard");
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="break-inside-avoid space-y-2 rounded border border-slate-200 p-4"
      data-testid={`figure-${id}`}
    >
      <figcaption id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </figcaption>
      {chart}
      <details className="chart-table" open={open}>
        <summary className="cursor-pointer text-sm text-river-700 underline">{t("charts.showTable")}</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="border-b border-slate-300">
              <tr>
                {columns.map((column) => (
                  <th
                    key={column.label}
                    scope="col"
                    className={`py-1 pr-4 ${column.numeric ? "text-right" : ""}`}
                  >
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {row.href ? (
                      <a href={row.href} className="text-river-700 underline">
                        {row.label}
                      </a>
                    ) : (
                      row.label
                    )}
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={index} className="py-1 pr-4 text-right tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
