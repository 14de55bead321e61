// The annual reporting cycle of one country's contribution, as a state machine. Pure: the
// mutations, the pages (which buttons to show) and the tests all read this one table.
import { can, type Actor, type Permission } from "@/lib/auth/permissions";

export const REPORT_STATES = ["not_started", "drafting", "submitted", "returned", "approved"] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = ["save", "submit", "return", "approve", "reopen"] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

type Transition = { from: readonly ReportState[]; to: ReportState; permission: Permission };

export const TRANSITIONS: Record<ReportAction, Transition> = {
  /** Writing the narratives; the first save starts the draft. */
  save: { from: ["not_started", "drafting", "returned"], to: "drafting", permission: "reports.contribute" },
  /** Freezes the country's projects as of the cut-off for review. */
  submit: { from: ["drafting", "returned"], to: "submitted", permission: "reports.contribute" },
  /** Back to the secretariat, with the coordinator's comments. */
  return: { from: ["submitted"], to: "returned", permission: "reports.review" },
  /** Locks the country's data for the period. */
  approve: { from: ["submitted"], to: "approved", permission: "reports.review" },
  /** Unlocks an approved contribution again, for a stated reason. */
  reopen: { from: ["approved"], to: "drafting", permission: "reports.review" },
};

/** The state `action` leads to from `state`, or null when the action is not possible there. */
export function nextState(state: ReportState, action: ReportAction): ReportState | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(state) ? transition.to : null;
}

/**
 * The moves `actor` may make on a country's contribution as it stands: its state allows them and
 * the actor holds their permission for that country. The mutations refuse anything else, and the
 * pages show exactly these buttons.
 */
export function availableActions(
  actor: Actor | null,
  contribution: { state: ReportState; countryCode: string },
): ReportAction[] {
  return REPORT_ACTIONS.filter(
    (action) =>
      nextState(contribution.state, action) !== null &&
      can(actor, TRANSITIONS[action].permission, { countryCode: contribution.countryCode }),
  );
}

/** Whether the country's narratives and joint sign-offs may still change. */
export function isEditable(state: ReportState): boolean {
  return nextState(state, "save") !== null;
}

/** The states in which a contribution is still open: not yet submitted (the reminders' and sign-offs' concern). */
export const EDITABLE_STATES: ReportState[] = REPORT_STATES.filter(isEditable);

/** A contribution is overdue when it is not yet submitted or approved after its due date. */
export function isOverdue(state: ReportState, dueOn: Date, today: Date): boolean {
  return (
    (state === "not_started" || state === "drafting" || state === "returned") &&
    today.getTime() > dueOn.getTime() + 86_400_000 - 1
  );
}
