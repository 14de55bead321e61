import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { DataTable } from "@/components/ui/table";

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
  definitions = [],
  lng,
}: {
  id: string;
  /** Unfolded, for paper (the briefing pack). */
  open?: boolean;
  title: string;
  chart: React.ReactNode;
  columns: TableColumn[];
  rows: TableRow[];
  /** What the table's columns count. */
  definitions?: { term: string; text: string }[];
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
        <div className="mt-2">
          <DataTable
            caption={title}
            captionHidden
            compact
            rows={rows}
            rowKey={(row) => row.label}
            columns={[
              {
                key: "label",
                header: columns[0]?.label ?? "",
                rowHeader: true,
                cell: (row) =>
                  row.href ? (
                    <a href={row.href} className="font-normal text-river-700 underline">
                      {row.label}
                    </a>
                  ) : (
                    <span className="font-normal">{row.label}</span>
                  ),
              },
              ...columns.slice(1).map((column, index) => ({
                key: `${index}-${column.label}`,
                header: column.label,
                numeric: column.numeric,
                cell: (row: TableRow) => row.cells[index],
              })),
            ]}
          />
          {definitions.length > 0 && (
            <dl className="mt-2 space-y-0.5 text-sm text-slate-700" data-testid="column-definitions">
              {definitions.map((definition) => (
                <div key={definition.term}>
                  <dt className="inline font-semibold">{definition.term}: </dt>
                  <dd className="inline">{definition.text}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </details>
    </figure>
  );
}
