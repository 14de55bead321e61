import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { internalOrigin } from "@/lib/http/internal-origin";
import { logEvent } from "@/lib/log";
import { routes } from "@/lib/routes";

// Next expires its caches only from inside a request (revalidateTag/revalidatePath need one), and a
// job runs outside any. So a job that changed what public pages show (an import) asks its own
// server over the loopback, proving with a token that exists only in this process's memory: the
// route refuses everyone else. The token lives on the process's global object because the job
// (instrumentation) and the route are bundled apart, each with its own copy of this module.

const TOKEN = Symbol.for("lmc.jobRevalidationToken");
export const JOB_TOKEN_HEADER = "x-portal-job-token";

function processToken(): Buffer {
  const scope = globalThis as { [TOKEN]?: Buffer };
  return (scope[TOKEN] ??= randomBytes(32));
}

/** Whether a request carries this process's token. */
export function isJobRequest(request: Request): boolean {
  const given = Buffer.from(request.headers.get(JOB_TOKEN_HEADER) ?? "", "hex");
  const token = processToken();
  return given.length === token.length && timingSafeEqual(given, token);
}

/** Public pages and cached figures render afresh, as after a change made through a request. */
export async function revalidatePublicPagesFromJob(): Promise<void> {
  try {
    const response = await fetch(`${internalOrigin()}${routes.api.internalRevalidate()}`, {
      method: "POST",
      headers: { [JOB_TOKEN_HEADER]: processToken().toString("hex") },
    });
    if (!response.ok) logEvent("jobs.revalidateRefused", { status: response.status });
  } catch (error) {
    logEvent("jobs.revalidateFailed", { error: String(error).slice(0, 300) });
  }
}
