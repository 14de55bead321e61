/**
 * This server as the server itself reaches it (Chromium printing a pack, a job asking the server to
 * revalidate): the loopback interface (next start sets PORT), or INTERNAL_ORIGIN. Never a request's
 * Host header: a forged host would send the printer, and a staff member's session cookie, elsewhere.
 */
export function internalOrigin(): string {
  return process.env.INTERNAL_ORIGIN ?? `http://localhost:${process.env.PORT ?? "3000"}`;
}
