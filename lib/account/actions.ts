"use server";

import type { MutationInput } from "@/lib/mutations/define";
import { perform } from "@/lib/mutations/perform";
import {
  changePassword,
  disableTwoFactor,
  enableTwoFactor,
  endSession,
  regenerateRecoveryCodes,
  resetPasswordWithLink,
  signOutEverywhere,
  startTwoFactor,
} from "./mutations";

export async function changePasswordAction(input: MutationInput<typeof changePassword>) {
  return perform(changePassword, input);
}

export async function enableTwoFactorAction(input: MutationInput<typeof enableTwoFactor>) {
  return perform(enableTwoFactor, input);
}

export async function disableTwoFactorAction(input: MutationInput<typeof disableTwoFactor>) {
  return perform(disableTwoFactor, input);
}

export async function regenerateRecoveryCodesAction(input: MutationInput<typeof regenerateRecoveryCodes>) {
  return perform(regenerateRecoveryCodes, input);
}

export async function signOutEverywhereAction() {
  return perform(signOutEverywhere, {});
}

export async function endSessionAction(input: MutationInput<typeof endSession>) {
  return perform(endSession, input);
}

export async function resetPasswordAction(input: MutationInput<typeof resetPasswordWithLink>) {
  return perform(resetPasswordWithLink, input);
}

export async function startTwoFactorAction() {
  return perform(startTwoFactor, {});
}
