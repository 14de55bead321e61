import { readiness } from "@/lib/ops/readiness";

/**
 * Readiness for load balancers: 200 when this instance can serve (database reachable, migrations
 * applied, not shutting down), else 503 with Retry-After, so traffic goes to another instance.
 */
export async function GET(): Promise<Response> {
  const report = await readiness();
  const ready = report.status === "ready";
  return Response.json(report, {
    status: ready ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(ready ? {} : { "Retry-After": "5" }) },
  });
}
