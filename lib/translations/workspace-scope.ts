import "server-only";
import type { Locale } from "@/lib/i18n/settings";
import type { Viewer } from "@/lib/reads/define";
import { getFeaturedPlan, listPlanOptions, type PlanOption } from "@/lib/plan/queries";
import type { FieldScope } from "./fields";
import type { WorkspaceParams } from "./workspace-params";

/**
 * What a workspace address points at: the plan chosen (else the one readers see, else the newest)
 * and the texts of the chosen part. `scope` is null only when a plan part is asked for and no plan
 * exists. Shared by the workspace page and its CSV export, so both list the same texts.
 */
export async function resolveWorkspaceScope(
  viewer: Viewer,
  filter: WorkspaceParams,
  lng: Locale,
): Promise<{ plans: PlanOption[]; plan: PlanOption | null; scope: FieldScope | null }> {
  const [plans, featured] = await Promise.all([listPlanOptions(viewer, lng), getFeaturedPlan(lng)]);
  const plan =
    plans.find((option) => option.slug === filter.plan) ??
    plans.find((option) => option.slug === featured?.slug) ??
    plans[0] ??
    null;
  if (filter.scope === "projects" || filter.scope === "glossary")
    return { plans, plan, scope: { kind: filter.scope } };
  return {
    plans,
    plan,
    scope: plan
      ? { kind: "plan", planId: plan.id, section: filter.scope === "plan" ? null : filter.scope }
      : null,
  };
}
