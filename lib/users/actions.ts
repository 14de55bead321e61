"use server";

import type { MutationInput } from "@/lib/mutations/define";
import { perform } from "@/lib/mutations/perform";
import {
  createUser,
  disableUser,
  enableUser,
  forceSignOut,
  issueResetLink,
  resetTwoFactor,
  updateUser,
} from "./mutations";

// Server actions are public endpoints: each one hands its raw input to a mutation, which
// validates it, checks the signed-in actor against the permission map and audits the change.

export async function createUserAction(input: MutationInput<typeof createUser>) {
  return perform(createUser, input);
}

export async function updateUserAction(input: MutationInput<typeof updateUser>) {
  return perform(updateUser, input);
}

export async function disableUserAction(input: MutationInput<typeof disableUser>) {
  return perform(disableUser, input);
}

export async function enableUserAction(input: MutationInput<typeof enableUser>) {
  return perform(enableUser, input);
}

export async function issueResetLinkAction(input: MutationInput<typeof issueResetLink>) {
  return perform(issueResetLink, input);
}

export async function forceSignOutAction(input: MutationInput<typeof forceSignOut>) {
  return perform(forceSignOut, input);
}

export async function resetTwoFactorAction(input: MutationInput<typeof resetTwoFactor>) {
  return perform(resetTwoFactor, input);
}
