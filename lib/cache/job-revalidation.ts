import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import { internalOrigin } from "@/lib/http/internal-origin";
import { logEvent } from "@/lib/log";
import { routes } from "@/lib/routes";

// Next expires its caches only from inside a request (revalidateTag/revalidatePath need one), and a
// job runs outside any, usually in a process of its own (scripts/jobs.ts). So a job that changed
// what public pages show (an import) asks its server over the loopback, proving with a token that
// only holders of the server's secret can make: the route refuses everyone else.

export const JOB_TOKEN_HEADER = "x-portal-job-token";

/** The token: derived from the server's secret for this one purpose, the same in every process. */
function jobToken(): Buffer {
  return createHmac("sha256", authSecret()).update("lmc.job-revalidation").digest();
}

/** Whether a request carries the token. */
export function isJobRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get(JOB_TOKEN_HEADER) ?? "", "hex");
  const token = jobToken();
  return given.length === token.length && timingSafeEqual(given, token);
}

/** Public pages and cached figures render afresh, as after a change made through a request. */
export async function revalidatePublicPagesFromJob(): Promise<void> {
  try {
    const response = await fetch(`${internalOrigin()}${routes.api.internalRevalidate()}`, {
      method: "POST",
      headers: { [JOB_TOKEN_HEADER]: jobToken().toString("hex") },
    });
    if (!response.ok) logEvent("jobs.revalidateRefused", { status: response.status });
  } catch (error) {
    logEvent("jobs.revalidateFailed", { error: String(error).slice(0, 300) });
  }
}
