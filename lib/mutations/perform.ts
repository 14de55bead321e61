import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { PROJECT_DATA_TAG } from "@/lib/cache/tags";
import type { ZodType } from "zod";
import { getActor, requestIp } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { Mutation } from "./define";
import type { MutationResult } from "./result";

/** Runs a mutation for the current request: its actor from the session, its address from the headers. */
export async function perform<T>(
  mutation: Pick<Mutation<ZodType, T>, "execute" | "affectsPublicPages">,
  input: unknown,
): Promise<MutationResult<T>> {
  const [actor, ip] = await Promise.all([getActor(), requestIp()]);
  const result = await mutation.execute({ db: getDb(), actor, ip }, input);
  // Public pages are cached (docs/decisions/0004): a change they show makes them render afresh.
  // Cached reads of project data (the dashboards) expire with them.
  if (result.ok && mutation.affectsPublicPages) revalidatePublicPages();
  return result;
}

/** Public pages and cached project data render afresh after a change they show (ADR 4). */
export function revalidatePublicPages(): void {
  revalidatePath("/[lng]", "layout");
  updateTag(PROJECT_DATA_TAG);
}
