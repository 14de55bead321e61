// Next calls register() once when a server starts: the portal's background jobs start here, in the
// Node runtime, beside the pages (docs/decisions/0029). JOBS=off leaves them to another instance.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.JOBS === "off") return;
  const { startPortalJobs } = await import("@/lib/jobs/start");
  await startPortalJobs();
}

type RequestInfo = { path: string; method: string; headers: Record<string, string | string[] | undefined> };

/**
 * A rendering or route error, logged once with the request's id (lib/http/request-log.ts) and the
 * digest the error page shows, so what a user quotes leads to this line. Never the error's stack.
 */
export async function onRequestError(
  error: unknown,
  request: RequestInfo,
  context: { routePath: string; routeType: string },
) {
  const { logEvent } = await import("@/lib/log");
  const requestId = request.headers["x-request-id"];
  logEvent("request.failed", {
    requestId: typeof requestId === "string" ? requestId : null,
    method: request.method,
    route: context.routePath,
    kind: context.routeType,
    digest: (error as { digest?: string } | null)?.digest ?? null,
    error: (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300),
  });
}
