// Locale routing and the Content-Security-Policy header. This is no security boundary (see
// docs/decisions/0005 and 0006): authorization happens in lib/, next to the data.
import { NextResponse, type NextRequest } from "next/server";
import { filterKey, filterOf } from "@/lib/dashboard/filters";
import { preferredLocale, switchLocale } from "@/lib/i18n/negotiate";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/settings";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import { contentSecurityPolicy, isStaffPath } from "@/lib/security/csp";

const DASHBOARD = /^\/[a-z]{2}\/dashboard$/;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1];
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;

  if (!isLocale(first)) {
    const url = request.nextUrl.clone();
    url.pathname = switchLocale(
      pathname,
      preferredLocale(request.headers.get("accept-language"), remembered),
    );
    const response = NextResponse.redirect(url);
    response.headers.set("Vary", "Accept-Language, Cookie");
    return response;
  }

  const nonce = isStaffPath(pathname) ? btoa(crypto.randomUUID()) : null;
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  if (nonce) headers.set("Content-Security-Policy", policy);
  // The staff layout sends a signed-out reader to sign in and back here; layouts do not know the path.
  headers.set(REQUEST_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
  // The dashboard is a cached page (one for every reader); with filters, one cached page per set of
  // filters, rendered by a route of its own under the same address for the reader.
  const filters = DASHBOARD.test(pathname) ? filterKey(filterOf(request.nextUrl.searchParams)) : "";
  const response = filters
    ? NextResponse.rewrite(new URL(`${pathname}/for/${filters}`, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but the API (next-auth), Next's assets, the self-hosted fonts and files with an
  // extension (favicon, robots.txt).
  matcher: ["/((?!api/|_next/|fonts/|.*\\.[A-Za-z0-9]+$).*)"],
};
