// The kinds of notification and how each is delivered unless a user chooses otherwise. Safe to
// import anywhere (the settings form shows them).
import type { NotificationChannel, NotificationKind } from "@/generated/prisma/enums";

export const NOTIFICATION_KINDS = [
  "period_opened",
  "report_due",
  "report_overdue",
  "report_submitted",
  "report_returned",
  "report_approved",
  "report_reopened",
] as const satisfies readonly NotificationKind[];

export const NOTIFICATION_CHANNELS = [
  "in_app",
  "email",
  "digest",
] as const satisfies readonly NotificationChannel[];

/** Deadlines and returned work come at once; the rest of the cycle's steps once a day. */
export const DEFAULT_CHANNEL: Record<NotificationKind, NotificationChannel> = {
  period_opened: "email",
  report_due: "email",
  report_overdue: "email",
  report_submitted: "digest",
  report_returned: "email",
  report_approved: "digest",
  report_reopened: "email",
};

/** What a notification's wording needs; stored with it, rendered in the reader's language. */
export type NotificationParams = {
  country?: string;
  year?: number;
  dueOn?: string;
  count?: number;
  comment?: string;
};
