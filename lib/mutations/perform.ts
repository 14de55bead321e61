import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getActor, requestIp } from "@/lib/auth/actor";
import type { Actor } from "@/lib/auth/permissions";
import { announcePublicPagesChanged } from "@/lib/cache/public-pages-changed";
import { PROJECT_DATA_TAG } from "@/lib/cache/tags";
import { getDb } from "@/lib/db/client";
import { currentRequestId } from "@/lib/http/current-request";
import { logEvent } from "@/lib/log";
import type { Mutation } from "./define";
import type { MutationResult } from "./result";

/**
 * Runs a mutation for the current request: its actor from the session, its address from the
 * connection. Server actions call it with the input their mutation's schema accepts; the input is
 * still untrusted at run time, and the mutation validates it before anything else.
 */
export function perform<S extends z.ZodType, T>(
  mutation: Mutation<S, T>,
  input: z.input<S>,
): Promise<MutationResult<T>> {
  return performRaw(mutation, input);
}

type Caller = {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
};

/** Who asks in the current request: the actor from the session, the address from the connection. */
async function currentCaller(): Promise<Caller> {
  const [actor, ip, requestId] = await Promise.all([getActor(), requestIp(), currentRequestId()]);
  return { actor, ip, requestId };
}

/**
 * The same for a body decoded from a request (lib/http/mutation-route.ts): any shape, validated by
 * the mutation. `caller` reads who asks (the current request's, unless a test says otherwise).
 */
export async function performRaw<T>(
  mutation: Mutation<z.ZodType, T>,
  raw: unknown,
  caller: () => Promise<Caller> = currentCaller,
): Promise<MutationResult<T>> {
  let asking: Caller;
  try {
    asking = await caller();
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (redirects, dynamic rendering) are not failures
    // The actor is read from the database (the session, the account): while it cannot be reached,
    // the change is refused as one whose transaction failed, with the form's translated message,
    // not an error page.
    logEvent("mutation.failed", {
      mutation: mutation.name,
      error: error instanceof Error ? error.message : String(error),
    });
    return { ok: false, error: "unavailable" };
  }
  const result = await mutation.execute({ db: getDb(), ...asking }, raw);
  // Public pages are cached (docs/decisions/0004): a change they show makes them render afresh.
  // Cached reads of project data (the dashboards) expire with them.
  if (result.ok && mutation.affectsPublicPages) revalidatePublicPages();
  return result;
}

/**
 * Public pages and cached project data render afresh after a change they show (ADR 4). Expired at
 * once (not served stale while refreshing), from server actions and route handlers alike.
 */
export function revalidatePublicPages(): void {
  revalidatePath("/[lng]", "layout");
  revalidateTag(PROJECT_DATA_TAG, { expire: 0 });
  // The portal's server keeps copies of public pages in front of Next (lib/http/front-cache.ts).
  announcePublicPagesChanged();
}
