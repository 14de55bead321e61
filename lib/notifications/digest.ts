import "server-only";
import type { Db } from "@/lib/db/create-client";
import { getT } from "@/lib/i18n/server";
import { publicOrigin } from "@/lib/seo/alternates";
import type { NotificationParams } from "./kinds";
import { mailBody, notificationWording } from "./render";

// The daily digest: one e-mail per user gathering the notifications they chose to receive that way,
// each marked as gathered in the same transaction as the e-mail is written.

/** Writes the digests due at `now` (of `userIds` only, when given); returns how many. */
export async function sendDigests(db: Db, now: Date, userIds?: string[]): Promise<number> {
  const users = await db.notification.findMany({
    where: { inDigest: true, ...(userIds ? { userId: { in: userIds } } : {}) },
    distinct: ["userId"],
    select: { userId: true },
  });
  let written = 0;
  for (const { userId } of users) {
    written += await db.$transaction(async (tx) => {
      const items = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Notification" WHERE "userId" = ${userId}::uuid AND "inDigest"
        ORDER BY "createdAt" FOR UPDATE SKIP LOCKED`;
      if (!items.length) return 0;
      const [user, notifications] = await Promise.all([
        tx.user.findUniqueOrThrow({
          where: { id: userId },
          select: { email: true, locale: true, mailLocale: true, disabledAt: true },
        }),
        tx.notification.findMany({
          where: { id: { in: items.map((item) => item.id) } },
          orderBy: { createdAt: "asc" },
        }),
      ]);
      await tx.notification.updateMany({
        where: { id: { in: items.map((item) => item.id) } },
        data: { inDigest: false },
      });
      if (user.disabledAt) return 0;
      const lng = user.mailLocale ?? user.locale;
      const t = await getT(lng, "notifications");
      const wording = await notificationWording(tx, lng);
      const lines = notifications.map((notification) => ({
        text: wording(notification.kind, notification.params as NotificationParams),
        url: new URL(`/${lng}${notification.path}`, publicOrigin()).toString(),
      }));
      const body = await mailBody(lng, lines, null, t("mail.digestLead"));
      await tx.mail.create({
        data: {
          userId,
          to: user.email,
          locale: lng,
          subject: t("mail.digestSubject", { count: lines.length }),
          ...body,
          createdAt: now,
          nextAttemptAt: now,
        },
      });
      return 1;
    });
  }
  return written;
}
