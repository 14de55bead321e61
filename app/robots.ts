import type { MetadataRoute } from "next";
import { locales } from "@/lib/i18n/settings";
import { publicOrigin } from "@/lib/seo/alternates";

// Names the sitemaps by the configured public address, known when the server runs, not at build.
export const dynamic = "force-dynamic";

/** Public pages are for everyone; the staff area, sign-in and the API are not for search engines. */
export default function robots(): MetadataRoute.Robots {
  const origin = publicOrigin().origin;
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/api/",
        ...locales.flatMap((lng) => [
          `/${lng}/staff`,
          `/${lng}/admin`,
          `/${lng}/account`,
          `/${lng}/sign-in`,
          `/${lng}/reset-password`,
        ]),
      ],
    },
    sitemap: locales.map((lng) => `${origin}/sitemap/${lng}.xml`),
  };
}
