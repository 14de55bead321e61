// The translation workspace's filters, read from its address (a plain GET form).
import { z } from "zod";
import { PLAN_SLUG } from "@/lib/validation/primitives";
import { TRANSLATION_STATES, type TranslationState } from "./schemas";

const workspaceParams = z.object({
  plan: z.string().regex(PLAN_SLUG).optional().catch(undefined),
  /** "plan", a section number ("4.2"), "projects" or "glossary". */
  scope: z
    .string()
    .regex(/^(plan|projects|glossary|\d+(\.\d+){0,2})$/)
    .catch("plan")
    .default("plan"),
  state: z.enum(TRANSLATION_STATES).catch("missing").default("missing"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type WorkspaceParams = z.infer<typeof workspaceParams>;

export function parseWorkspaceParams(raw: Record<string, string | string[] | undefined>): WorkspaceParams {
  const single = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return workspaceParams.parse(single);
}

/** The workspace's filters as an address query, with `change` applied (any change but of the page starts at page 1). */
export function workspaceQuery(params: WorkspaceParams, change: Partial<WorkspaceParams> = {}) {
  const next = { ...params, page: 1, ...change };
  return {
    scope: next.scope,
    state: next.state,
    plan: next.plan,
    page: next.page > 1 ? next.page : undefined,
  };
}

/**
 * The queue a workspace opens on when its address names none: the first one with work in it, in
 * the order of the tabs (a translator should not land on an empty "missing" list while drafts wait).
 */
export function openingQueue(counts: Record<Exclude<TranslationState, "all">, number>): TranslationState {
  return TRANSLATION_STATES.find((state) => state !== "all" && counts[state] > 0) ?? "missing";
}

/** Whether the address chose a queue itself. */
export const namesQueue = (raw: Record<string, string | string[] | undefined>) =>
  (TRANSLATION_STATES as readonly string[]).includes(String(raw.state));
