// The kinds of notification and how each is delivered unless a user chooses otherwise. Safe to
// import anywhere (the settings form shows them).
import type { NotificationChannel, NotificationKind } from "@/generated/prisma/enums";
import type { Role } from "@/lib/auth/permissions";

export const NOTIFICATION_KINDS = [
  "period_opened",
  "report_due",
  "report_overdue",
  "report_submitted",
  "report_returned",
  "report_approved",
  "report_reopened",
  "joint_signoff_awaited",
  "edition_issued",
  "edition_published",
  "translations_pending",
  "password_changed",
  "two_factor_changed",
  "new_sign_in",
] as const satisfies readonly NotificationKind[];

export const NOTIFICATION_CHANNELS = [
  "in_app",
  "email",
  "digest",
] as const satisfies readonly NotificationChannel[];

const ACCOUNT_KINDS = ["password_changed", "two_factor_changed", "new_sign_in"] as const;

/**
 * The kinds each role can receive (lib/notifications/events.ts names the recipients): the settings
 * page offers these only. Admins hear of their own account; their work is in the staff area.
 */
export const KINDS_FOR_ROLE: Record<Role, readonly NotificationKind[]> = {
  admin: ACCOUNT_KINDS,
  coordinator: [
    "period_opened",
    "report_overdue",
    "report_submitted",
    "edition_issued",
    "edition_published",
    "translations_pending",
    ...ACCOUNT_KINDS,
  ],
  secretariat: [
    "period_opened",
    "report_due",
    "report_overdue",
    "report_returned",
    "report_approved",
    "report_reopened",
    "joint_signoff_awaited",
    "translations_pending",
    ...ACCOUNT_KINDS,
  ],
  viewer: ["edition_issued", "edition_published", ...ACCOUNT_KINDS],
};

/**
 * Deadlines, returned work and what happened to one's own account come at once; the rest of the
 * cycle's steps once a day. The translators' notice is itself a daily digest, so it comes at once.
 */
export const DEFAULT_CHANNEL: Record<NotificationKind, NotificationChannel> = {
  period_opened: "email",
  report_due: "email",
  report_overdue: "email",
  report_submitted: "digest",
  report_returned: "email",
  report_approved: "digest",
  report_reopened: "email",
  joint_signoff_awaited: "email",
  edition_issued: "digest",
  edition_published: "digest",
  translations_pending: "email",
  password_changed: "email",
  two_factor_changed: "email",
  new_sign_in: "email",
};

/** What a notification's wording needs; stored with it, rendered in the reader's language. */
export type NotificationParams = {
  country?: string;
  year?: number;
  dueOn?: string;
  count?: number;
  comment?: string;
  /** A project's code (joint sign-offs). */
  project?: string;
  /** An edition's number. */
  number?: number;
  /** The locale translators work in (its name is worded in the reader's language). */
  locale?: string;
  /** Texts new to translate and texts whose original changed since the last digest. */
  added?: number;
  stale?: number;
  /** The network address a sign-in came from. */
  address?: string;
  /** Whether a second factor was switched on (true) or off. */
  enabled?: boolean;
};
