// Content-Security-Policy, decided per request in proxy.ts. See docs/decisions/0006-content-security-policy.md.

/** Pages with signed-in content: rendered per request, so they can afford a nonce per response. */
const STAFF_PATHS = /^\/[a-z]{2}\/(staff|account|admin|sign-in|reset-password)(\/|$)/;

export function isStaffPath(pathname: string): boolean {
  return STAFF_PATHS.test(pathname);
}

export function contentSecurityPolicy({ nonce, dev }: { nonce: string | null; dev: boolean }): string {
  const scripts = nonce
    ? [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`]
    : // Public pages are cached and identical for every reader: no per-response nonce is possible.
      // 'unsafe-inline' stands in for the hashes of the page's own inline scripts, which the
      // portal's server puts in its place as the page leaves (lib/http/script-hashes.ts).
      [`'self'`, `'unsafe-inline'`];
  if (dev) scripts.push(`'unsafe-eval'`);
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `frame-ancestors 'none'`,
    `form-action 'self'`,
  ].join("; ");
}
