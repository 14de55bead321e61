import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { defaultLocale, isLocale, locales, type Locale } from "./settings";

/** The reader's locale: a remembered choice first, then the browser's Accept-Language, then English. */
export function preferredLocale(acceptLanguage: string | null, remembered: string | undefined): Locale {
  if (isLocale(remembered)) return remembered;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } })
    .languages()
    .filter((tag) => tag !== "*");
  try {
    return match(requested, locales, defaultLocale) as Locale;
  } catch {
    return defaultLocale;
  }
}

/** The same page in another locale: `/th/plan/4-2-5` → `/vi/plan/4-2-5`. */
export function switchLocale(pathname: string, to: Locale): string {
  const [, first, ...rest] = pathname.split("/");
  const tail = isLocale(first) ? rest : [first, ...rest].filter((part) => part !== undefined && part !== "");
  return `/${[to, ...tail].join("/")}`.replace(/\/$/, "");
}
