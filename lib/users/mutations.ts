import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { changedFields } from "@/lib/audit/record";
import { revokeSessions } from "@/lib/auth/sessions";
import { randomToken, tokenHash } from "@/lib/auth/tokens";
import { defineMutation, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { notifyAccountEvent } from "@/lib/notifications/events";
import { createUserSchema, updateUserSchema, userIdSchema, userVersionSchema } from "./schemas";

/** A one-time link to set a password is valid for three days. */
export const RESET_LINK_DAYS = 3;
const AUDITED_FIELDS = ["email", "name", "role", "countryCode", "locale", "disabledAt"] as const;

async function assertCountryExists(tx: Tx, countryCode: string | null) {
  if (
    countryCode &&
    !(await tx.country.findUnique({ where: { code: countryCode }, select: { code: true } }))
  ) {
    throw new MutationError("invalid", { fieldErrors: { countryCode: [{ key: "validation.choose" }] } });
  }
}

async function issueResetToken(tx: Tx, userId: string, issuedById: string | null): Promise<string> {
  const token = randomToken();
  await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
  await tx.passwordReset.create({
    data: {
      userId,
      issuedById,
      tokenHash: tokenHash(token),
      expiresAt: new Date(Date.now() + RESET_LINK_DAYS * 86_400_000),
    },
  });
  return token;
}

function conflict(user: Record<(typeof AUDITED_FIELDS)[number] | "version", unknown>): MutationError {
  const current = Object.fromEntries(AUDITED_FIELDS.map((field) => [field, user[field]]));
  return new MutationError("conflict", { current: { ...current, version: user.version } });
}

/**
 * Optimistic concurrency: the change applies only if the user is still at the version the editor
 * started from (checked in the UPDATE itself, so two simultaneous saves cannot both win); otherwise
 * the editor gets a conflict with the current values.
 */
async function updateAtVersion(
  tx: Tx,
  id: string,
  version: number,
  data: Prisma.UserUpdateManyMutationInput,
) {
  const before = await tx.user.findUnique({ where: { id } });
  if (!before) throw new MutationError("notFound");
  const { count } = await tx.user.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (!count) throw conflict(before);
  const after = await tx.user.findUniqueOrThrow({ where: { id } });
  return { before, after };
}

export const createUser = defineMutation({
  name: "users.create",
  permission: "users.manage",
  input: createUserSchema,
  async run(tx, input, { actor }) {
    await assertCountryExists(tx, input.countryCode);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new MutationError("emailTaken", { fieldErrors: { email: [{ key: "validation.emailTaken" }] } });
    }
    const user = await tx.user.create({ data: input });
    const token = await issueResetToken(tx, user.id, actor?.userId ?? null);
    return {
      result: { id: user.id, token },
      audit: [
        {
          action: "users.create",
          entityType: "User",
          entityId: user.id,
          changes: changedFields(null, user, [...AUDITED_FIELDS]),
        },
        { action: "users.issueResetLink", entityType: "User", entityId: user.id },
      ],
    };
  },
});

export const updateUser = defineMutation({
  name: "users.update",
  permission: "users.manage",
  input: updateUserSchema,
  async run(tx, { id, version, ...fields }, { actor }) {
    await assertCountryExists(tx, fields.countryCode);
    const { before, after } = await updateAtVersion(tx, id, version, fields);
    if (actor?.userId === id && fields.role !== before.role) throw new MutationError("notAllowedOnSelf");
    return {
      result: { version: after.version },
      audit: {
        action: "users.update",
        entityType: "User",
        entityId: id,
        changes: changedFields(before, after, [...AUDITED_FIELDS]),
      },
    };
  },
});

export const disableUser = defineMutation({
  name: "users.disable",
  permission: "users.manage",
  input: userVersionSchema,
  async run(tx, { id, version }, { actor }) {
    if (actor?.userId === id) throw new MutationError("notAllowedOnSelf");
    const { before, after } = await updateAtVersion(tx, id, version, { disabledAt: new Date() });
    const revoked = await revokeSessions(tx, { userId: id });
    return {
      result: { version: after.version },
      audit: {
        action: "users.disable",
        entityType: "User",
        entityId: id,
        changes: {
          ...changedFields(before, after, ["disabledAt"]),
          sessionsEnded: { before: null, after: revoked },
        },
      },
    };
  },
});

export const enableUser = defineMutation({
  name: "users.enable",
  permission: "users.manage",
  input: userVersionSchema,
  async run(tx, { id, version }) {
    const { before, after } = await updateAtVersion(tx, id, version, { disabledAt: null });
    return {
      result: { version: after.version },
      audit: {
        action: "users.enable",
        entityType: "User",
        entityId: id,
        changes: changedFields(before, after, ["disabledAt"]),
      },
    };
  },
});

export const issueResetLink = defineMutation({
  name: "users.issueResetLink",
  permission: "users.manage",
  input: userIdSchema,
  async run(tx, { id }, { actor }) {
    if (!(await tx.user.findUnique({ where: { id }, select: { id: true } })))
      throw new MutationError("notFound");
    const token = await issueResetToken(tx, id, actor?.userId ?? null);
    return { result: { token }, audit: { action: "users.issueResetLink", entityType: "User", entityId: id } };
  },
});

export const forceSignOut = defineMutation({
  name: "users.forceSignOut",
  permission: "users.manage",
  input: userIdSchema,
  async run(tx, { id }) {
    if (!(await tx.user.findUnique({ where: { id }, select: { id: true } })))
      throw new MutationError("notFound");
    const revoked = await revokeSessions(tx, { userId: id });
    return {
      result: { sessionsEnded: revoked },
      audit: {
        action: "users.forceSignOut",
        entityType: "User",
        entityId: id,
        changes: { sessionsEnded: { before: null, after: revoked } },
      },
    };
  },
});

export const resetTwoFactor = defineMutation({
  name: "users.resetTwoFactor",
  permission: "users.manage",
  input: userIdSchema,
  async run(tx, { id }, { actor }) {
    if (actor?.userId === id) throw new MutationError("notAllowedOnSelf");
    const before = await tx.user.findUnique({ where: { id }, select: { totpEnabledAt: true } });
    if (!before) throw new MutationError("notFound");
    await tx.user.update({ where: { id }, data: { totpSecret: null, totpEnabledAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: id } });
    const revoked = await revokeSessions(tx, { userId: id });
    // Its owner hears of it: an admin account used against them must not go unnoticed.
    if (before.totpEnabledAt)
      await notifyAccountEvent(tx, id, { kind: "two_factor_changed", enabled: false });
    return {
      result: { sessionsEnded: revoked },
      audit: {
        action: "users.resetTwoFactor",
        entityType: "User",
        entityId: id,
        changes: { twoFactor: { before: before.totpEnabledAt !== null, after: false } },
      },
    };
  },
});
