/**
 * Whether a state-changing request comes from a page of this portal: its Origin names the host it
 * was sent to (behind a proxy, the forwarded host), the check Next makes for server actions. Route
 * handlers that write make it too, besides the session cookie being SameSite=Lax.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
