import "server-only";
import { unstable_cache } from "next/cache";
import { PROJECT_DATA_TAG } from "@/lib/cache/tags";
import { meetingCadence } from "./cadence";
import { figures, liveSource } from "./figures";
import type { DashboardFilter } from "./filters";
import { statusTrend } from "./trend";

/**
 * The dashboard's figures, trend and meeting cadence, cached per plan, audience and filter: over
 * 10,000 projects they cost some 350 ms of SQL, and they change only when a project, an update or
 * a meeting does (docs/decisions/0010-reports-and-dashboards.md). Expired by every such mutation, and
 * after five minutes in any case.
 */
export const dashboardData = unstable_cache(
  async (
    plan: { id: string; startYear: number; endYear: number },
    includeUnpublished: boolean,
    filter: Partial<DashboardFilter>,
    thisYear: number,
  ) => {
    const [result, trend, cadence] = await Promise.all([
      figures(liveSource(plan.id, includeUnpublished), filter, plan.id),
      statusTrend(plan, includeUnpublished, filter, thisYear),
      meetingCadence(plan.startYear, Math.max(plan.endYear, Math.min(thisYear, plan.endYear + 3))),
    ]);
    return { figures: result, trend, cadence };
  },
  ["dashboard-data"],
  { tags: [PROJECT_DATA_TAG], revalidate: 300 },
);
