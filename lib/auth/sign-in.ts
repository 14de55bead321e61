import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { logEvent } from "@/lib/log";
import type { Db } from "@/lib/db/create-client";
import { notifyAccountEvent } from "@/lib/notifications/events";
import { decoyHash, verifyPassword } from "./passwords";
import { countAttempt } from "./rate-limit";
import { createSession } from "./sessions";
import { normalizeRecoveryCode, tokenHash } from "./tokens";
import { openTotpSecret, verifyTotp } from "./totp";
import { claimTotpStep } from "./totp-replay";

export type SignInInput = {
  email: string;
  password: string;
  code?: string;
  ip: string | null;
  userAgent: string | null;
};

/** Why a sign-in failed; the sign-in page translates each. "invalid" never says which part was wrong. */
export type SignInFailure = "invalid" | "codeRequired" | "invalidCode" | `locked:${number}`;

export type SignInResult =
  { ok: true; userId: string; sessionId: string } | { ok: false; reason: SignInFailure };

const RECOVERY_CODE = /^[a-z0-9]{5}-?[a-z0-9]{5}$/;
const TOTP_CODE = /^\d{6}$/;

/** Sessions are kept this long after they end; an address seen in one is the owner's usual place. */
const KNOWN_ADDRESS_DAYS = 90;

export async function attemptSignIn(db: Db, input: SignInInput): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      role: true,
      countryCode: true,
      passwordHash: true,
      totpSecret: true,
      totpEnabledAt: true,
      disabledAt: true,
      lastSignInAt: true,
    },
  });
  const knownAddress = !!user && (await signedInFrom(db, user.id, input.ip));
  const attempt = await countAttempt({ email, ip: input.ip, knownAddress });
  if (attempt.lockedMinutes) return { ok: false, reason: `locked:${attempt.lockedMinutes}` };

  const usable = user && !user.disabledAt && user.passwordHash;
  const passwordOk = await verifyPassword(usable ? user.passwordHash! : await decoyHash(), input.password);

  const fail = async (reason: "invalid" | "invalidCode"): Promise<SignInResult> => {
    if (user) {
      await recordAudit(db, { actor: null, ip: input.ip }, [
        {
          action: "auth.signInFailed",
          entityType: "User",
          entityId: user.id,
          changes: { reason: { before: null, after: reason } },
        },
      ]);
    }
    const lockedNow = await attempt.failed();
    return { ok: false, reason: lockedNow ? `locked:${lockedNow}` : reason };
  };

  if (!usable || !passwordOk) return fail("invalid");

  if (user.totpEnabledAt && user.totpSecret) {
    const code = input.code?.trim().replace(/\s+/g, "") ?? "";
    if (!code) {
      await attempt.forgive();
      return { ok: false, reason: "codeRequired" };
    }
    const accepted = TOTP_CODE.test(code)
      ? await acceptAppCode(db, user, code)
      : RECOVERY_CODE.test(normalizeRecoveryCode(code)) && (await redeemRecoveryCode(db, user.id, code));
    if (!accepted) return fail("invalidCode");
  }

  await attempt.forgive({ signedIn: true });
  const session = await db.$transaction(async (tx) => {
    const created = await createSession(tx, user.id, input.ip, input.userAgent);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, { actor: null, ip: input.ip }, [
      { action: "auth.signIn", entityType: "User", entityId: user.id },
    ]);
    // Not on a first sign-in: every address is new then, and the owner knows where they are.
    if (input.ip && !knownAddress && user.lastSignInAt) {
      await notifyAccountEvent(tx, user.id, { kind: "new_sign_in", address: input.ip });
    }
    return created;
  });
  return { ok: true, userId: user.id, sessionId: session.id };
}

async function signedInFrom(db: Db, userId: string, ip: string | null): Promise<boolean> {
  if (!ip) return false;
  const since = new Date(Date.now() - KNOWN_ADDRESS_DAYS * 86_400_000);
  return (await db.session.count({ where: { userId, ip, createdAt: { gt: since } } })) > 0;
}

/**
 * A code from the authenticator app, valid now and not used before. A secret sealed under another
 * server secret cannot be checked: logged for the operator, answered like a wrong code (the
 * account's recovery codes still work, and it enrols again, README "Rotating the server secret").
 */
async function acceptAppCode(
  db: Db,
  user: { id: string; email: string; totpSecret: string | null },
  code: string,
) {
  if (openTotpSecret(user.totpSecret!) === null) {
    logEvent("auth.totpSecretUnreadable", { userId: user.id });
    return false;
  }
  const step = verifyTotp(user.totpSecret!, user.email, code);
  return step !== null && (await claimTotpStep(db, user.id, step));
}

async function redeemRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const normalized = normalizeRecoveryCode(code);
  const withDash = normalized.includes("-") ? normalized : `${normalized.slice(0, 5)}-${normalized.slice(5)}`;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: tokenHash(withDash), usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count) {
    await recordAudit(db, { actor: null, ip: null }, [
      { action: "auth.recoveryCodeUsed", entityType: "User", entityId: userId },
    ]);
  }
  return count > 0;
}
