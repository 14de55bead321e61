import "server-only";
import { unstable_cache } from "next/cache";
import { PROJECT_DATA_TAG } from "@/lib/cache/tags";
import { audienceOf, visibleProjectsSql, type Audience } from "@/lib/projects/visibility";
import { defineRead } from "@/lib/reads/define";
import { meetingCadence } from "./cadence";
import { figures, liveSource } from "./figures";
import type { DashboardFilter } from "./filters";
import { statusTrend } from "./trend";

type PlanYears = { id: string; startYear: number; endYear: number };

/**
 * Cached per plan, audience and filter: over 10,000 projects the figures cost some 350 ms of SQL,
 * and they change only when a project, an update or a meeting does (docs/decisions/0014). Expired
 * by every such mutation, and after five minutes in any case.
 */
const cachedDashboard = unstable_cache(
  async (plan: PlanYears, audience: Audience, filter: Partial<DashboardFilter>, thisYear: number) => {
    const visible = visibleProjectsSql(audience, "p");
    const [result, trend, cadence] = await Promise.all([
      figures(liveSource(plan.id, visible), filter, plan.id),
      statusTrend(plan, visible, filter, thisYear),
      meetingCadence(plan.startYear, Math.max(plan.endYear, Math.min(thisYear, plan.endYear + 3))),
    ]);
    return { figures: result, trend, cadence };
  },
  ["dashboard-data"],
  { tags: [PROJECT_DATA_TAG], revalidate: 300 },
);

/** The dashboard's figures, trend and meeting cadence over the projects `viewer` may see. */
export const dashboardData = defineRead(
  "dashboard.data",
  "public",
  async (viewer, plan: PlanYears, filter: Partial<DashboardFilter>, thisYear: number) =>
    cachedDashboard(
      { id: plan.id, startYear: plan.startYear, endYear: plan.endYear },
      audienceOf(viewer),
      filter,
      thisYear,
    ),
);
