"use server";

import QRCode from "qrcode";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { newTotpSecret, totpUri } from "@/lib/auth/totp";
import { perform } from "@/lib/mutations/perform";
import type { MutationResult } from "@/lib/mutations/result";
import {
  changePassword,
  disableTwoFactor,
  enableTwoFactor,
  endSession,
  regenerateRecoveryCodes,
  resetPasswordWithLink,
  sealEnrollment,
  signOutEverywhere,
} from "./mutations";

export async function changePasswordAction(input: unknown) {
  return perform(changePassword, input);
}

export async function enableTwoFactorAction(input: unknown) {
  return perform(enableTwoFactor, input);
}

export async function disableTwoFactorAction(input: unknown) {
  return perform(disableTwoFactor, input);
}

export async function regenerateRecoveryCodesAction(input: unknown) {
  return perform(regenerateRecoveryCodes, input);
}

export async function signOutEverywhereAction() {
  return perform(signOutEverywhere, {});
}

export async function endSessionAction(input: unknown) {
  return perform(endSession, input);
}

export async function resetPasswordAction(input: unknown) {
  return perform(resetPasswordWithLink, input);
}

export type Enrollment = { enrollment: string; secret: string; qrSvg: string };

/** A new secret to enrol, sealed for this user; nothing is stored until the code is confirmed. */
export async function startTwoFactorAction(): Promise<MutationResult<Enrollment>> {
  const actor = await getActor();
  if (!actor) return { ok: false, error: "unauthenticated" };
  if (!can(actor, "account.manage")) return { ok: false, error: "forbidden" };
  const secret = newTotpSecret();
  const qrSvg = await QRCode.toString(totpUri(secret, actor.email), {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
  });
  return { ok: true, data: { enrollment: sealEnrollment(secret, actor.userId), secret, qrSvg } };
}
