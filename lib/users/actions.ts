"use server";

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

export async function createUserAction(input: unknown) {
  return perform(createUser, input);
}

export async function updateUserAction(input: unknown) {
  return perform(updateUser, input);
}

export async function disableUserAction(input: unknown) {
  return perform(disableUser, input);
}

export async function enableUserAction(input: unknown) {
  return perform(enableUser, input);
}

export async function issueResetLinkAction(input: unknown) {
  return perform(issueResetLink, input);
}

export async function forceSignOutAction(input: unknown) {
  return perform(forceSignOut, input);
}

export async function resetTwoFactorAction(input: unknown) {
  return perform(resetTwoFactor, input);
}
