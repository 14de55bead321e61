"use server";

import type { MutationInput } from "@/lib/mutations/define";
import { perform } from "@/lib/mutations/perform";
import { markReviewed, saveTranslation } from "./mutations";

// Public endpoints: the mutations validate the input and check the actor against the locale.
// A filled-in sheet is a file, and goes to its route instead (app/api/translations/import).

export async function saveTranslationAction(input: MutationInput<typeof saveTranslation>) {
  return perform(saveTranslation, input);
}

export async function markReviewedAction(input: MutationInput<typeof markReviewed>) {
  return perform(markReviewed, input);
}
