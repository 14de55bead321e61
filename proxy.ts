// Locale routing only: every page lives under /<locale>/. This is no security boundary (see
// docs/decisions): authorization happens in lib/, next to the data.
import { NextResponse, type NextRequest } from "next/server";
import { preferredLocale, switchLocale } from "@/lib/i18n/negotiate";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/settings";

const ONE_YEAR = 60 * 60 * 24 * 365;

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1];
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;

  if (isLocale(first)) {
    const response = NextResponse.next();
    if (remembered !== first) {
      response.cookies.set(LOCALE_COOKIE, first, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
    }
    return response;
  }

  const url = request.nextUrl.clone();
  url.pathname = switchLocale(pathname, preferredLocale(request.headers.get("accept-language"), remembered));
  const response = NextResponse.redirect(url);
  response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

export const config = {
  // Everything but Next's assets, the self-hosted fonts and files with an extension (favicon, robots.txt).
  matcher: ["/((?!_next/|fonts/|.*\\.[A-Za-z0-9]+$).*)"],
};
