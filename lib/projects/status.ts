// The portal's project statuses and funding sources, shared by forms, queries and exports.

export const PROJECT_STATUSES = [
  "proposed",
  "approved",
  "ongoing",
  "completed",
  "suspended",
  "cancelled",
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const FUNDING_SOURCES = ["lmc_special_fund", "national_budget", "aiib", "adb", "other"] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/**
 * IATI ActivityStatus codes (codelist "ActivityStatus", version 2.03):
 * 1 Pipeline/identification, 2 Implementation, 3 Finalisation, 4 Closed, 5 Cancelled, 6 Suspended.
 * "Proposed" and "approved" are both before implementation starts, hence both pipeline. A
 * completed project is "Closed" once everything committed is disbursed, else "Finalisation".
 */
export function iatiActivityStatus(status: ProjectStatus, fullyDisbursed = true): 1 | 2 | 3 | 4 | 5 | 6 {
  switch (status) {
    case "proposed":
    case "approved":
      return 1;
    case "ongoing":
      return 2;
    case "completed":
      return fullyDisbursed ? 4 : 3;
    case "cancelled":
      return 5;
    case "suspended":
      return 6;
  }
}

/** Statuses whose progress counts in roll-ups: work has been committed to and not abandoned. */
export const STATUSES_IN_PROGRESS_ROLLUP: readonly ProjectStatus[] = [
  "approved",
  "ongoing",
  "completed",
  "suspended",
];
