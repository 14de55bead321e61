/** Liveness for load balancers and orchestrators: the process answers. Nothing else is asked. */
export function GET(): Response {
  return Response.json({ status: "alive" }, { headers: { "Cache-Control": "no-store" } });
}
