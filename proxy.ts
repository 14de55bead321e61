// Locale routing and the Content-Security-Policy header. This is no security boundary (see
// docs/decisions/0005 and 0006): authorization happens in lib/, next to the data.
import { NextResponse, type NextRequest } from "next/server";
import { filterKey, filterOf } from "@/lib/dashboard/filters";
import { isPublicListSearch, listKey, projectFilterOf } from "@/lib/projects/filters";
import { preferredLocale, switchLocale } from "@/lib/i18n/negotiate";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/settings";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import { contentSecurityPolicy, isStaffPath } from "@/lib/security/csp";

const DASHBOARD = /^\/[a-z]{2}\/dashboard$/;
const PROJECTS = /^\/[a-z]{2}\/projects$/;

/**
 * Where a page shaped by its query is rendered: the dashboard and the project list are cached
 * pages, one per set of filters under its canonical name (lib/http/named-query.ts); a search of
 * the list is rendered per request (and kept by the portal's server only when asked for again,
 * lib/http/front-cache.ts). Null: the page at its own address.
 */
function queryRoute(pathname: string, query: URLSearchParams, search: string): string | null {
  if (DASHBOARD.test(pathname)) {
    const name = filterKey(filterOf(query));
    return name ? `${pathname}/for/${name}` : null;
  }
  if (isPublicListSearch(pathname, query)) return `${pathname}/search${search}`;
  if (PROJECTS.test(pathname) && query.size) {
    const name = listKey(projectFilterOf(query));
    return name ? `${pathname}/for/${name}` : null;
  }
  return null;
}

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
  const route = queryRoute(pathname, request.nextUrl.searchParams, request.nextUrl.search);
  const response = route
    ? NextResponse.rewrite(new URL(route, request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but the API (next-auth), Next's assets, the self-hosted fonts and files with an
  // extension (favicon, robots.txt).
  matcher: ["/((?!api/|_next/|fonts/|.*\\.[A-Za-z0-9]+$).*)"],
};
