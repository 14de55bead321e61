/**
 * The client's address from the request headers. Behind a reverse proxy that sets
 * X-Forwarded-For (TRUST_PROXY=1) its first entry is the client; otherwise the last entry, which
 * Next's own server appends for the connection it accepted, cannot be forged by the client.
 */
export function clientIp(forwardedFor: string | null | undefined, realIp?: string | null): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ip = process.env.TRUST_PROXY === "1" ? entries[0] : entries.at(-1);
  return (ip ?? realIp ?? null)?.slice(0, 64) ?? null;
}
