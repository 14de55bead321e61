import "server-only";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/settings";
import { defineRead } from "@/lib/reads/define";
import { DEFAULT_CHANNEL, KINDS_FOR_ROLE, type NotificationParams } from "./kinds";
import { notificationWording } from "./render";

// The inbox and settings read only the signed-in user's own rows: the user id comes from the
// session (the viewer), never from the caller.

export type InboxItem = { id: string; text: string; path: string; createdAt: Date; read: boolean };

/** The viewer's latest notifications, newest first, worded in `lng`. */
export const listNotifications = defineRead(
  "notifications.inbox",
  "notifications.own",
  async (viewer, lng: Locale, limit: number = 100): Promise<InboxItem[]> => {
    const db = getDb();
    const [rows, wording] = await Promise.all([
      db.notification.findMany({
        where: { userId: viewer.userId },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: Math.min(Math.max(1, limit), 500),
      }),
      notificationWording(db, lng),
    ]);
    return rows.map((row) => ({
      id: row.id,
      text: wording(row.kind, row.params as NotificationParams),
      path: row.path,
      createdAt: row.createdAt,
      read: row.readAt !== null,
    }));
  },
);

/** How many of the viewer's notifications are unread (the count in the staff bar). */
export const unreadCount = defineRead(
  "notifications.unreadCount",
  "notifications.own",
  async (viewer): Promise<number> =>
    getDb().notification.count({ where: { userId: viewer.userId, readAt: null } }),
  { perRequest: true },
);

/** Where a notification of the viewer's leads, or null when it is not theirs. */
export const notificationPath = defineRead(
  "notifications.path",
  "notifications.own",
  async (viewer, id: string): Promise<string | null> => {
    const row = await getDb().notification.findFirst({
      where: { id, userId: viewer.userId },
      select: { path: true },
    });
    return row?.path ?? null;
  },
);

export const notificationSettings = defineRead(
  "notifications.settings",
  "notifications.own",
  async (viewer) => {
    const [settings, user] = await Promise.all([
      getDb().notificationSetting.findMany({ where: { userId: viewer.userId } }),
      getDb().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { mailLocale: true } }),
    ]);
    const chosen = new Map(settings.map((setting) => [setting.kind, setting.channel]));
    return {
      channels: KINDS_FOR_ROLE[viewer.role].map((kind) => ({
        kind,
        channel: chosen.get(kind) ?? DEFAULT_CHANNEL[kind],
      })),
      mailLocale: user.mailLocale,
    };
  },
);

/** The outbox for admins: the latest e-mails and how their delivery went. */
export const listMail = defineRead("mail.outbox", "mail.admin", async (_viewer, limit: number = 200) =>
  getDb().mail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: Math.min(Math.max(1, limit), 1000),
    select: {
      id: true,
      to: true,
      locale: true,
      subject: true,
      text: true,
      state: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  }),
);

export type PeriodReminder = {
  countryCode: string;
  step: string;
  sentAt: Date;
  recipient: { email: string; name: string };
  /** The e-mail that carried it; null when the recipient reads this kind in the portal only. */
  mail: {
    id: string;
    state: "pending" | "sent" | "failed";
    attempts: number;
    lastError: string | null;
  } | null;
};

/** For admins: every reminder of a period, to whom and when, and how its e-mail fared. */
export const listPeriodReminders = defineRead(
  "mail.periodReminders",
  "mail.admin",
  async (_viewer, periodId: string): Promise<PeriodReminder[]> => {
    const db = getDb();
    const [reminders, mails] = await Promise.all([
      db.reminderSent.findMany({
        where: { periodId },
        orderBy: [{ sentAt: "desc" }, { countryCode: "asc" }],
        select: {
          countryCode: true,
          step: true,
          sentAt: true,
          user: { select: { id: true, email: true, name: true } },
        },
      }),
      db.mail.findMany({
        where: { reminderKey: { startsWith: `${periodId}/` } },
        select: { id: true, userId: true, reminderKey: true, state: true, attempts: true, lastError: true },
      }),
    ]);
    const mailOf = new Map(
      mails.map(({ userId, reminderKey, ...mail }) => [`${reminderKey}/${userId}`, mail]),
    );
    return reminders.map(({ user, ...reminder }) => ({
      ...reminder,
      recipient: { email: user.email, name: user.name },
      mail: mailOf.get(`${periodId}/${reminder.countryCode}/${reminder.step}/${user.id}`) ?? null,
    }));
  },
);
