"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ValueFormat = "number" | "percent" | "usd";
export type ChartBar = { label: string; value: number; href?: string };
export type ChartSeries = { key: string; label: string; colour: string };

const CATEGORY_TICK = { fontSize: 14, fill: "#1e293b" };
const NUMBER_TICK = { fontSize: 12, fill: "#475569" };

function formatter(format: ValueFormat, formatTag: string) {
  const options: Intl.NumberFormatOptions =
    format === "percent"
      ? { style: "percent", maximumFractionDigits: 0 }
      : format === "usd"
        ? { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }
        : { maximumFractionDigits: 0 };
  const intl = new Intl.NumberFormat(formatTag, options);
  return (value: number) => intl.format(value);
}

/**
 * Horizontal bars (long labels in any script fit on the left); a bar with an address opens the
 * projects behind it (for the mouse; the table's links serve the keyboard). Drawn after hydration
 * and hidden from assistive technology: the figure's table carries the same data for screen
 * readers, print without scripts, and anyone who prefers numbers. Placed by lazy-charts.tsx, which
 * gives it its height and loads it when it comes near the screen.
 */
export function HorizontalBars({
  data,
  format,
  formatTag,
}: {
  data: ChartBar[];
  format: ValueFormat;
  formatTag: string;
}) {
  const router = useRouter();
  const show = formatter(format, formatTag);
  return (
    <div style={{ height: "100%" }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 24, top: 8, bottom: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tickFormatter={show} allowDecimals={false} tick={NUMBER_TICK} />
          {/* The categories are what the reader looks for: larger and darker than the scale. */}
          <YAxis type="category" dataKey="label" width={170} tick={CATEGORY_TICK} />
          <Tooltip formatter={(value) => show(Number(value))} />
          <Bar
            dataKey="value"
            fill="#1d6f8a"
            isAnimationActive={false}
            cursor="pointer"
            onClick={(entry: { payload?: ChartBar }) =>
              entry.payload?.href && router.push(entry.payload.href)
            }
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Stacked columns, e.g. projects by status at the end of each year. */
export function StackedColumns({
  data,
  series,
  formatTag,
}: {
  data: Record<string, number | string>[];
  series: ChartSeries[];
  formatTag: string;
}) {
  const show = formatter("number", formatTag);
  return (
    <div style={{ height: "100%" }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ left: 8, right: 24, top: 8, bottom: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={CATEGORY_TICK} />
          <YAxis tickFormatter={show} allowDecimals={false} tick={NUMBER_TICK} />
          <Tooltip formatter={(value) => show(Number(value))} />
          {/* In the order of the stack (first series at the bottom), not alphabetical. */}
          <Legend itemSorter={null} />
          {series.map((entry) => (
            <Bar
              key={entry.key}
              dataKey={entry.key}
              name={entry.label}
              stackId="all"
              fill={entry.colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
