import "server-only";
import { revalidatePath } from "next/cache";
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
  if (result.ok && mutation.affectsPublicPages) revalidatePath("/[lng]", "layout");
  return result;
}
