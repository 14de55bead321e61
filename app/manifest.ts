import type { MetadataRoute } from "next";
import { getT } from "@/lib/i18n/server";
import { defaultLocale } from "@/lib/i18n/settings";

/** The web manifest: what a phone shows when a reader adds the portal to the home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getT(defaultLocale);
  return {
    name: t("site.name"),
    short_name: "LMC Tracker",
    description: t("site.tagline"),
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#115555",
    icons: [
      { src: "/icon.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
