// The error and not-found pages are client components (they get no route params and must not make
// cached pages dynamic), so this small namespace is bundled for all seven locales.
import en from "@/locales/en/error.json";
import km from "@/locales/km/error.json";
import lo from "@/locales/lo/error.json";
import my from "@/locales/my/error.json";
import th from "@/locales/th/error.json";
import vi from "@/locales/vi/error.json";
import zh from "@/locales/zh/error.json";
import { isLocale, type Locale } from "./settings";

const messages: Record<Locale, typeof en> = { en, zh, km, lo, my, th, vi };

export function errorMessages(lng: string | undefined): typeof en {
  return messages[isLocale(lng) ? lng : "en"];
}
