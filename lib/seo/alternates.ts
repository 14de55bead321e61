// Where search engines and browsers find the portal: its public address, and each page's
// versions in the seven languages (hreflang), the same page in each, with the language-choosing
// address as x-default.
import type { Metadata } from "next";
import { languageTag, locales, type Locale } from "@/lib/i18n/settings";

/** The portal's public address (NEXTAUTH_URL, as for sign-in links), else this server's. */
export function publicOrigin(): URL {
  const configured = process.env.NEXTAUTH_URL;
  try {
    if (configured) return new URL(new URL(configured).origin);
  } catch {
    // not an address: fall back to the local one
  }
  return new URL(`http://localhost:${process.env.PORT ?? "3000"}`);
}

/**
 * The alternates of the page at `path` (without the locale, e.g. "/plan/4-2-5", "" for the home):
 * canonical in `lng`, every locale, and x-default (the address that picks the reader's language).
 * Relative: Next makes them absolute against the layout's metadataBase (publicOrigin()).
 */
export function alternatesFor(lng: Locale, path: string): NonNullable<Metadata["alternates"]> {
  return {
    canonical: `/${lng}${path}`,
    languages: {
      ...Object.fromEntries(locales.map((locale) => [languageTag[locale], `/${locale}${path}`])),
      "x-default": path || "/",
    },
  };
}
