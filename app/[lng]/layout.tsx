import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { fontPreloads, fontStylesheets } from "@/lib/i18n/fonts";
import { getT } from "@/lib/i18n/server";
import { isLocale, languageTag } from "@/lib/i18n/settings";
import { publicOrigin } from "@/lib/seo/alternates";

export async function generateMetadata({ params }: LayoutProps<"/[lng]">): Promise<Metadata> {
  const { lng } = await params;
  if (!isLocale(lng)) return {};
  const t = await getT(lng);
  return {
    title: { default: t("site.name"), template: `%s · ${t("site.name")}` },
    description: t("site.tagline"),
    // Pages name their own language versions (alternatesFor); addresses become absolute against this.
    metadataBase: publicOrigin(),
  };
}

// Public pages are rendered on first request and then served from Next's cache; changes made in
// the portal revalidate them at once, and the cache expires after five minutes in any case (see
// docs/decisions/0004-public-pages-are-cached.md). Nothing is prerendered at build time, so
// building needs no database.
export function generateStaticParams() {
  return [];
}
export const revalidate = 300;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115555" };

export default async function LocaleLayout({ children, params }: LayoutProps<"/[lng]">) {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  const t = await getT(lng);
  return (
    <html lang={languageTag[lng]} dir="ltr">
      <head>
        {fontPreloads(lng).map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
        ))}
        {fontStylesheets(lng).map((href) => (
          <link key={href} rel="stylesheet" href={href} precedence="fonts" />
        ))}
      </head>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="no-print sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-river-800 focus:ring-2 focus:ring-river-600"
        >
          {t("skipLink")}
        </a>
        <SiteHeader lng={lng} />
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6"
        >
          {children}
        </main>
        <SiteFooter lng={lng} />
      </body>
    </html>
  );
}
