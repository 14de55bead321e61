import "server-only";
import type { NotificationKind } from "@/generated/prisma/enums";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { Tx } from "@/lib/mutations/define";
import { routes } from "@/lib/routes";
import { publicOrigin } from "@/lib/seo/alternates";
import { DEFAULT_CHANNEL, KINDS_FOR_ROLE, type NotificationParams } from "./kinds";
import { mailBody, notificationWording } from "./render";
import { unsubscribeToken } from "./unsubscribe-token";

// Notifications are written in the transaction of the change they report (docs/decisions/0029):
// a change that rolls back notifies nobody, and one that commits cannot lose its notifications.
// E-mails go into the outbox (Mail) in the same transaction; the mail job delivers them.

export type NotificationEvent = {
  kind: NotificationKind;
  params: NotificationParams;
  /** The page concerned, without its locale ("/staff/reports/2022/TH"). */
  path: string;
  userIds: string[];
  /** For reminders: "periodId/country/step", so admins see which reminder a mail carried. */
  reminderKey?: string;
  now?: Date;
};

/** A portal path without its locale prefix: `routes.x("en", …)` minus "/en". */
export const pathOf = (enPath: string) => enPath.replace(/^\/en(?=\/|$)/, "");

const absolute = (path: string) => new URL(path, publicOrigin()).toString();

export async function notify(tx: Tx, event: NotificationEvent): Promise<void> {
  if (!event.userIds.length) return;
  const now = event.now ?? new Date();
  const candidates = await tx.user.findMany({
    where: { id: { in: event.userIds }, disabledAt: null },
    select: {
      id: true,
      role: true,
      email: true,
      locale: true,
      mailLocale: true,
      notificationSettings: { where: { kind: event.kind }, select: { channel: true } },
    },
  });
  // The map of kinds per role is the last word: a kind a role does not receive (and cannot set) is
  // never written for it, whatever an event's recipients said.
  const users = candidates.filter((user) => KINDS_FOR_ROLE[user.role].includes(event.kind));
  const channelOf = (user: (typeof users)[number]) =>
    user.notificationSettings[0]?.channel ?? DEFAULT_CHANNEL[event.kind];
  await tx.notification.createMany({
    data: users.map((user) => ({
      userId: user.id,
      kind: event.kind,
      params: event.params,
      path: event.path,
      inDigest: channelOf(user) === "digest",
      createdAt: now,
    })),
  });
  // The wording is the same for every recipient of a language: worded once per language.
  const worded = new Map<Locale, Promise<{ subject: string; text: string }>>();
  const wording = (lng: Locale) => {
    if (!worded.has(lng)) {
      worded.set(
        lng,
        Promise.all([getT(lng, "notifications"), notificationWording(tx, lng)]).then(([t, wording]) => ({
          subject: `${t(`kinds.${event.kind}`)} · LMC`,
          text: wording(event.kind, event.params),
        })),
      );
    }
    return worded.get(lng)!;
  };
  const mails = [];
  for (const user of users.filter((candidate) => channelOf(candidate) === "email")) {
    const lng = user.mailLocale ?? user.locale;
    const { subject, text } = await wording(lng);
    const unsubscribe = absolute(
      routes.unsubscribe(lng, unsubscribeToken({ userId: user.id, kind: event.kind, issuedAt: now })),
    );
    const body = await mailBody(lng, [{ text, url: absolute(`/${lng}${event.path}`) }], unsubscribe);
    mails.push({
      userId: user.id,
      to: user.email,
      locale: lng,
      subject,
      ...body,
      reminderKey: event.reminderKey ?? null,
      createdAt: now,
      nextAttemptAt: now,
    });
  }
  if (mails.length) await tx.mail.createMany({ data: mails });
}
