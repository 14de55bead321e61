import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/create-client";
import { decoyHash, verifyPassword } from "./passwords";
import { countFailure, forgiveAccount, lockedForMinutes } from "./rate-limit";
import { createSession } from "./sessions";
import { normalizeRecoveryCode, tokenHash } from "./tokens";
import { verifyTotp } from "./totp";
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

export async function attemptSignIn(db: Db, input: SignInInput): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = { email, ip: input.ip };
  const locked = await lockedForMinutes(keys);
  if (locked) return { ok: false, reason: `locked:${locked}` };

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
    },
  });
  const usable = user && !user.disabledAt && user.passwordHash;
  const passwordOk = await verifyPassword(usable ? user.passwordHash! : await decoyHash(), input.password);

  const fail = async (reason: "invalid" | "invalidCode"): Promise<SignInResult> => {
    await countFailure(keys);
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
    const nowLocked = await lockedForMinutes(keys);
    return { ok: false, reason: nowLocked ? `locked:${nowLocked}` : reason };
  };

  if (!usable || !passwordOk) return fail("invalid");

  if (user.totpEnabledAt && user.totpSecret) {
    const code = input.code?.trim() ?? "";
    if (!code) return { ok: false, reason: "codeRequired" };
    const step = verifyTotp(user.totpSecret, user.email, code.replace(/\s+/g, ""));
    const viaApp = step !== null && (await claimTotpStep(db, user.id, step));
    const viaRecovery =
      !viaApp &&
      RECOVERY_CODE.test(normalizeRecoveryCode(code)) &&
      (await redeemRecoveryCode(db, user.id, code));
    if (!viaApp && !viaRecovery) return fail("invalidCode");
  }

  await forgiveAccount(email);
  const session = await db.$transaction(async (tx) => {
    const created = await createSession(tx, user.id, input.ip, input.userAgent);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    await recordAudit(tx, { actor: null, ip: input.ip }, [
      { action: "auth.signIn", entityType: "User", entityId: user.id },
    ]);
    return created;
  });
  return { ok: true, userId: user.id, sessionId: session.id };
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
