"use server";

import type { MutationInput } from "@/lib/mutations/define";
import { perform } from "@/lib/mutations/perform";
import { retryBriefingPrint } from "./mutations";

export async function retryBriefingPrintAction(input: MutationInput<typeof retryBriefingPrint>) {
  return perform(retryBriefingPrint, input);
}
