import "server-only";
import type { ZodType } from "zod";
import { getActor, requestIp } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { Mutation } from "./define";
import type { MutationResult } from "./result";

/** Runs a mutation for the current request: its actor from the session, its address from the headers. */
export async function perform<T>(mutation: Pick<Mutation<ZodType, T>, "execute">, input: unknown): Promise<MutationResult<T>> {
  const [actor, ip] = await Promise.all([getActor(), requestIp()]);
  return mutation.execute({ db: getDb(), actor, ip }, input);
}
