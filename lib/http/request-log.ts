import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { logEvent } from "@/lib/log";

// Every request gets an id: returned in X-Request-Id, handed to Next (which logs it with any
// rendering error, instrumentation.ts) and written with the request's log line, so a user who
// quotes it on an error page leads the operator to the right lines.

export const REQUEST_ID_HEADER = "x-request-id";
/** What an id from a trusted proxy may look like: no spaces, no control characters, bounded. */
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The proxy's id when a trusted proxy sent one (TRUST_PROXY_HOPS > 0), else a new one. */
export function requestIdOf(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers[REQUEST_ID_HEADER];
  return trustProxy && typeof forwarded === "string" && FORWARDED_ID.test(forwarded)
    ? forwarded
    : randomUUID();
}

/**
 * One JSON line when the response is sent: method, path (never the query: searches are what
 * people typed), status, duration and id; `aborted` when the client left first.
 */
export function logRequest(request: IncomingMessage, response: ServerResponse, requestId: string): void {
  const started = performance.now();
  const path = (request.url ?? "/").split("?", 1)[0]!.slice(0, 300);
  const line = (aborted: boolean) =>
    logEvent("request", {
      method: request.method,
      path,
      status: response.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId,
      ...(aborted && { aborted: true }),
      ...(response.getHeader("x-lmc-front-cache") === "HIT" && { cache: "front" }),
    });
  response.once("finish", () => line(false));
  response.once("close", () => {
    if (!response.writableFinished) line(true);
  });
}
