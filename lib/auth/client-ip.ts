// Who is on the other end of a request. The portal's own server (scripts/serve.ts) establishes it
// once, from the connection, and hands it to the app in CLIENT_IP_HEADER (after removing any such
// header the client sent). X-Forwarded-For is believed only as far as the operator says proxies
// stand in front (TRUST_PROXY_HOPS): a client can write anything into it, and Next 16 keeps a
// client-sent X-Forwarded-For as it is. See docs/decisions/0019.

/** The request header in which scripts/serve.ts hands the client's address to the app. */
export const CLIENT_IP_HEADER = "x-lmc-client-ip";

/**
 * The client's address: the connection's peer, unless `trustedHops` reverse proxies stand in
 * front, each appending the address it received the request from to X-Forwarded-For; then the
 * entry that many hops from the right. With fewer entries than hops, the request did not pass
 * through them all, and the connection's peer is taken.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string | null {
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address =
    trustedHops > 0 && entries.length >= trustedHops ? entries[entries.length - trustedHops] : peer;
  return address ? normalise(address) : null;
}

/** "::ffff:127.0.0.1" is 127.0.0.1; anything longer than an address is cut. */
function normalise(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 64);
}

/** TRUST_PROXY_HOPS: how many reverse proxies the operator put in front (default none). */
export function trustedProxyHops(value = process.env.TRUST_PROXY_HOPS): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}
