"use server";

import { perform } from "@/lib/mutations/perform";
import { markReviewed, saveTranslation } from "./mutations";

// Public endpoints: the mutations validate the input and check the actor against the locale.

export async function saveTranslationAction(input: unknown) {
  return perform(saveTranslation, input);
}

export async function markReviewedAction(input: unknown) {
  return perform(markReviewed, input);
}
