import "server-only";
import QRCode from "qrcode";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/passwords";
import { TWO_FACTOR_REQUIRED } from "@/lib/auth/permissions";
import { open, seal } from "@/lib/auth/secret-box";
import { revokeSessions } from "@/lib/auth/sessions";
import { newRecoveryCodes, tokenHash } from "@/lib/auth/tokens";
import { newTotpSecret, sealTotpSecret, totpUri, verifyPlainTotp, verifyTotp } from "@/lib/auth/totp";
import { claimTotpStep } from "@/lib/auth/totp-replay";
import { defineMutation, type MutationContext, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { notifyAccountEvent } from "@/lib/notifications/events";
import {
  changePasswordSchema,
  confirmWithCodeSchema,
  confirmWithPasswordSchema,
  enableTwoFactorSchema,
  noInputSchema,
  resetPasswordSchema,
  sessionIdSchema,
} from "./schemas";

// These mutations act on the signed-in user's own account only: the user id comes from the
// session, never from the input.

function self(context: MutationContext) {
  if (!context.actor) throw new MutationError("unauthenticated");
  return context.actor;
}

function refuseWeak(password: string, personal: string[], field = "newPassword") {
  const problem = passwordProblem(password, personal);
  if (problem)
    throw new MutationError("invalid", {
      fieldErrors: { [field]: [{ key: `validation.password.${problem}` }] },
    });
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: tokenHash(code) })) });
  return codes;
}

export const changePassword = defineMutation({
  name: "account.changePassword",
  permission: "account.manage",
  input: changePasswordSchema,
  async run(tx, { currentPassword, newPassword }, context) {
    const actor = self(context);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { passwordHash: true, email: true, name: true },
    });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new MutationError("wrongPassword", {
        fieldErrors: { currentPassword: [{ key: "validation.wrongPassword" }] },
      });
    }
    refuseWeak(newPassword, [user.email, user.name]);
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash: await hashPassword(newPassword) },
    });
    const ended = await revokeSessions(tx, { userId: actor.userId, exceptId: actor.sessionId });
    await notifyAccountEvent(tx, actor.userId, { kind: "password_changed" });
    return {
      result: { otherSessionsEnded: ended },
      audit: {
        action: "account.changePassword",
        entityType: "User",
        entityId: actor.userId,
        changes: { otherSessionsEnded: { before: null, after: ended } },
      },
    };
  },
});

const ENROLLMENT_MINUTES = 15;

/**
 * Starts enrolling a second factor: a new secret, sealed for this user and shown as a QR code.
 * Nothing is stored until `enableTwoFactor` confirms a code from it; the start is audited.
 */
export const startTwoFactor = defineMutation({
  name: "account.startTwoFactor",
  permission: "account.manage",
  input: noInputSchema,
  async run(_tx, _input, context) {
    const actor = self(context);
    const secret = newTotpSecret();
    const qrSvg = await QRCode.toString(totpUri(secret, actor.email), {
      type: "svg",
      margin: 1,
      errorCorrectionLevel: "M",
    });
    return {
      result: { enrollment: sealEnrollment(secret, actor.userId), secret, qrSvg },
      audit: { action: "account.startTwoFactor", entityType: "User", entityId: actor.userId },
    };
  },
});

/** The secret being enrolled travels sealed through the browser, bound to the user and to time. */
export function sealEnrollment(secret: string, userId: string): string {
  return seal(
    JSON.stringify({ secret, userId, expires: Date.now() + ENROLLMENT_MINUTES * 60_000 }),
    "totp-enrollment",
  );
}

function openEnrollment(sealed: string, userId: string): string {
  try {
    const { secret, userId: owner, expires } = JSON.parse(open(sealed, "totp-enrollment"));
    if (owner === userId && typeof secret === "string" && Date.now() < expires) return secret;
  } catch {
    // tampered or from another server secret: treated as expired
  }
  throw new MutationError("linkExpired");
}

export const enableTwoFactor = defineMutation({
  name: "account.enableTwoFactor",
  permission: "account.manage",
  input: enableTwoFactorSchema,
  async run(tx, { enrollment, code, password }, context) {
    const actor = self(context);
    const secret = openEnrollment(enrollment, actor.userId);
    // Replacing an authenticator (after the server secret changed, or a new phone) takes the
    // password: a session left open somewhere must not be enough to take over the second factor.
    const current = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { totpEnabledAt: true, passwordHash: true },
    });
    if (
      current.totpEnabledAt &&
      !(current.passwordHash && (await verifyPassword(current.passwordHash, password ?? "")))
    ) {
      throw new MutationError("wrongPassword", {
        fieldErrors: { password: [{ key: "validation.wrongPassword" }] },
      });
    }
    const step = verifyPlainTotp(secret, actor.email, code);
    if (step === null)
      throw new MutationError("wrongCode", { fieldErrors: { code: [{ key: "validation.wrongCode" }] } });
    await tx.user.update({
      where: { id: actor.userId },
      data: { totpSecret: sealTotpSecret(secret), totpEnabledAt: new Date(), totpLastStep: step },
    });
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await notifyAccountEvent(tx, actor.userId, { kind: "two_factor_changed", enabled: true });
    return {
      result: { recoveryCodes: codes },
      audit: {
        action: "account.enableTwoFactor",
        entityType: "User",
        entityId: actor.userId,
        changes: { twoFactor: { before: current.totpEnabledAt !== null, after: true } },
      },
    };
  },
});

export const disableTwoFactor = defineMutation({
  name: "account.disableTwoFactor",
  permission: "account.manage",
  input: confirmWithPasswordSchema,
  async run(tx, { password }, context) {
    const actor = self(context);
    if (TWO_FACTOR_REQUIRED.includes(actor.role)) throw new MutationError("forbidden");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { passwordHash: true },
    });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
      throw new MutationError("wrongPassword", {
        fieldErrors: { password: [{ key: "validation.wrongPassword" }] },
      });
    }
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: null, totpEnabledAt: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } });
    await notifyAccountEvent(tx, actor.userId, { kind: "two_factor_changed", enabled: false });
    return {
      result: {},
      audit: {
        action: "account.disableTwoFactor",
        entityType: "User",
        entityId: actor.userId,
        changes: { twoFactor: { before: true, after: false } },
      },
    };
  },
});

export const regenerateRecoveryCodes = defineMutation({
  name: "account.regenerateRecoveryCodes",
  permission: "account.manage",
  input: confirmWithCodeSchema,
  async run(tx, { code }, context) {
    const actor = self(context);
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { totpSecret: true },
    });
    const step = user.totpSecret ? verifyTotp(user.totpSecret, actor.email, code) : null;
    if (step === null || !(await claimTotpStep(tx, actor.userId, step))) {
      throw new MutationError("wrongCode", { fieldErrors: { code: [{ key: "validation.wrongCode" }] } });
    }
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    return {
      result: { recoveryCodes: codes },
      audit: { action: "account.regenerateRecoveryCodes", entityType: "User", entityId: actor.userId },
    };
  },
});

export const signOutEverywhere = defineMutation({
  name: "account.signOutEverywhere",
  permission: "account.manage",
  input: noInputSchema,
  async run(tx, _input, context) {
    const actor = self(context);
    const ended = await revokeSessions(tx, { userId: actor.userId });
    return {
      result: { sessionsEnded: ended },
      audit: {
        action: "account.signOutEverywhere",
        entityType: "User",
        entityId: actor.userId,
        changes: { sessionsEnded: { before: null, after: ended } },
      },
    };
  },
});

export const endSession = defineMutation({
  name: "account.endSession",
  permission: "account.manage",
  input: sessionIdSchema,
  async run(tx, { id }, context) {
    const actor = self(context);
    const { count } = await tx.session.updateMany({
      where: { id, userId: actor.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (!count) throw new MutationError("notFound");
    return {
      result: {},
      audit: {
        action: "account.endSession",
        entityType: "User",
        entityId: actor.userId,
        changes: { session: { before: id, after: null } },
      },
    };
  },
});

/** Public: the one-time link proves who the user is. */
export const resetPasswordWithLink = defineMutation({
  name: "account.resetPasswordWithLink",
  permission: "public",
  input: resetPasswordSchema,
  async run(tx, { token, newPassword }) {
    const reset = await tx.passwordReset.findUnique({
      where: { tokenHash: tokenHash(token) },
      include: {
        user: { select: { id: true, email: true, name: true, disabledAt: true, passwordHash: true } },
      },
    });
    if (!reset || reset.user.disabledAt) throw new MutationError("linkExpired");
    // Checked and spent in one statement: of two requests with the same link, one wins.
    const now = new Date();
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw new MutationError("linkExpired");
    refuseWeak(newPassword, [reset.user.email, reset.user.name]);
    await tx.user.update({
      where: { id: reset.user.id },
      data: { passwordHash: await hashPassword(newPassword) },
    });
    const ended = await revokeSessions(tx, { userId: reset.user.id });
    // A first password (a new account's link) changes nothing the owner must be warned of.
    if (reset.user.passwordHash) await notifyAccountEvent(tx, reset.user.id, { kind: "password_changed" });
    return {
      result: { email: reset.user.email },
      audit: {
        action: "account.resetPasswordWithLink",
        entityType: "User",
        entityId: reset.user.id,
        changes: { sessionsEnded: { before: null, after: ended } },
      },
    };
  },
});
