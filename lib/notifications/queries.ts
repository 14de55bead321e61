import "server-only";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/settings";
import { defineRead } from "@/lib/reads/define";
import { DEFAULT_CHANNEL, NOTIFICATION_KINDS, type NotificationParams } from "./kinds";
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
      channels: NOTIFICATION_KINDS.map((kind) => ({
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
