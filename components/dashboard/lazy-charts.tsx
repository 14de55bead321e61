"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentProps } from "react";
import type { HorizontalBars as Bars, StackedColumns as Columns } from "@/components/dashboard/charts";

// recharts is most of the dashboard's script (some 120 KB gzip): it is fetched when the first chart
// comes near the screen, not with the page. The tables under the charts carry the same figures
// before any script runs.
const HorizontalBars = dynamic(() => import("@/components/dashboard/charts").then((m) => m.HorizontalBars), {
  ssr: false,
});
const StackedColumns = dynamic(() => import("@/components/dashboard/charts").then((m) => m.StackedColumns), {
  ssr: false,
});

/** Whether the element has come into the viewport (or `atOnce`). */
function useNearView(atOnce: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(atOnce);
  useEffect(() => {
    if (near || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: "0px" },
    );
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near] as const;
}

/**
 * A chart's place, as tall as the chart will be (nothing moves when it arrives), drawn when near
 * the screen or, for paper (`atOnce`), at once: the briefing printer waits until every
 * `[data-chart]` holds its drawing.
 */
function ChartSlot({
  height,
  atOnce,
  children,
}: {
  height: number;
  atOnce: boolean;
  children: React.ReactNode;
}) {
  const [ref, near] = useNearView(atOnce);
  return (
    <div ref={ref} aria-hidden="true" style={{ height }} data-chart>
      {near && children}
    </div>
  );
}

export function LazyHorizontalBars({
  atOnce = false,
  ...props
}: ComponentProps<typeof Bars> & { atOnce?: boolean }) {
  return (
    <ChartSlot height={36 * props.data.length + 48} atOnce={atOnce}>
      <HorizontalBars {...props} />
    </ChartSlot>
  );
}

export function LazyStackedColumns({
  atOnce = false,
  ...props
}: ComponentProps<typeof Columns> & { atOnce?: boolean }) {
  return (
    <ChartSlot height={320} atOnce={atOnce}>
      <StackedColumns {...props} />
    </ChartSlot>
  );
}
