import "server-only";
import { defineMutation } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { markReadSchema, notificationSettingsSchema, retryMailSchema, unsubscribeSchema } from "./schemas";
import { readUnsubscribeToken } from "./unsubscribe-token";

// Writes of the notification inbox, its settings, the unsubscribe link and the outbox. The inbox
// and settings mutations act on the signed-in user's own rows only: the user id comes from the
// session, never from the input.

const ownUser = (actor: { userId: string } | null) => {
  if (!actor) throw new MutationError("forbidden");
  return actor.userId;
};

export const saveNotificationSettings = defineMutation({
  name: "notifications.saveSettings",
  permission: "notifications.own",
  input: notificationSettingsSchema,
  async run(tx, input, { actor }) {
    const userId = ownUser(actor);
    for (const [kind, channel] of Object.entries(input.channels)) {
      await tx.notificationSetting.upsert({
        where: { userId_kind: { userId, kind: kind as keyof typeof input.channels } },
        create: { userId, kind: kind as keyof typeof input.channels, channel: channel! },
        update: { channel: channel! },
      });
    }
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { mailLocale: true } });
    await tx.user.update({ where: { id: userId }, data: { mailLocale: input.mailLocale || null } });
    return {
      result: null,
      audit: {
        action: "notifications.saveSettings",
        entityType: "User",
        entityId: userId,
        changes: {
          channels: { before: null, after: input.channels },
          mailLocale: { before: before.mailLocale, after: input.mailLocale || null },
        },
      },
    };
  },
});

export const markNotificationsRead = defineMutation({
  name: "notifications.markRead",
  permission: "notifications.own",
  input: markReadSchema,
  async run(tx, input, { actor }) {
    const userId = ownUser(actor);
    const { count } = await tx.notification.updateMany({
      where: { userId, readAt: null, ...(input.ids.length ? { id: { in: input.ids } } : {}) },
      data: { readAt: new Date() },
    });
    return {
      result: { count },
      audit: {
        action: "notifications.markRead",
        entityType: "User",
        entityId: userId,
        changes: { read: { before: null, after: count } },
      },
    };
  },
});

/**
 * The unsubscribe link of an e-mail, used without signing in: proven by its signature (so
 * "public"), good for its one purpose, and spent once the setting changed after it was issued.
 */
export const unsubscribe = defineMutation({
  name: "notifications.unsubscribe",
  permission: "public",
  input: unsubscribeSchema,
  async run(tx, input) {
    const link = readUnsubscribeToken(input.token);
    if (!link)
      throw new MutationError("invalid", { fieldErrors: { token: [{ key: "validation.invalid" }] } });
    const setting = await tx.notificationSetting.findUnique({
      where: { userId_kind: { userId: link.userId, kind: link.kind } },
    });
    const user = await tx.user.findUnique({ where: { id: link.userId }, select: { id: true } });
    if (!user || (setting && setting.updatedAt >= link.issuedAt)) {
      throw new MutationError("invalid", { fieldErrors: { token: [{ key: "validation.invalid" }] } });
    }
    await tx.notificationSetting.upsert({
      where: { userId_kind: { userId: link.userId, kind: link.kind } },
      create: { userId: link.userId, kind: link.kind, channel: "in_app" },
      update: { channel: "in_app" },
    });
    return {
      result: { kind: link.kind },
      audit: {
        action: "notifications.unsubscribe",
        entityType: "User",
        entityId: link.userId,
        changes: { [link.kind]: { before: setting?.channel ?? null, after: "in_app" } },
      },
    };
  },
});

export const retryMail = defineMutation({
  name: "mail.retry",
  permission: "mail.admin",
  input: retryMailSchema,
  async run(tx, input) {
    const { count } = await tx.mail.updateMany({
      where: { id: input.id, state: "failed" },
      data: { state: "pending", attempts: 0, nextAttemptAt: new Date(), lastError: null },
    });
    if (!count) throw new MutationError("notFound");
    return {
      result: null,
      audit: {
        action: "mail.retry",
        entityType: "Mail",
        entityId: input.id,
        changes: { state: { before: "failed", after: "pending" } },
      },
    };
  },
});
