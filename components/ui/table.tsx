// The portal's data table: a caption (visible, or for screen readers only), column headers with
// scope, an optional row-header column, numbers aligned right, and horizontal scrolling on narrow
// screens instead of a page that overflows. Every table of the portal is one of these.
import type { ReactNode } from "react";

export type Column<Row> = {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular digits. */
  numeric?: boolean;
  /** The cell that names its row: a `<th scope="row">`. */
  rowHeader?: boolean;
  className?: string;
};

export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  testId,
  fixed = false,
  compact = false,
  rowAttributes,
}: {
  caption: ReactNode;
  /** The caption is read by screen readers only (a heading above already says it). */
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  testId?: string;
  /** Fixed layout: column widths from the headers' classes, long text wraps. */
  fixed?: boolean;
  compact?: boolean;
  /** Data attributes of a row (`data-year`, a test id), for tests and scripts that find rows. */
  rowAttributes?: (row: Row) => Record<`data-${string}`, string>;
}) {
  const pad = compact ? "py-1 pr-3" : "py-2 pr-4";
  const align = (column: Column<Row>) =>
    column.numeric ? "whitespace-nowrap text-right tabular-nums" : "text-left";
  return (
    // Relative: a screen-reader-only label (absolutely positioned) inside a wide table is clipped
    // by this scroller instead of widening the whole page on a phone.
    <div className="relative overflow-x-auto">
      <table className={`min-w-full text-sm ${fixed ? "table-fixed" : ""}`} data-testid={testId}>
        <caption className={captionHidden ? "sr-only" : "mb-2 text-left font-semibold"}>{caption}</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`${pad} ${align(column)} ${column.className ?? ""}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowAttributes?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={`${pad} ${align(column)} font-medium`}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={`${pad} ${align(column)}`}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
