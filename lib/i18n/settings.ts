// The portal's seven locales. Safe to import anywhere (proxy, server, client).

export const locales = ["en", "zh", "km", "lo", "my", "th", "vi"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "en";
export const namespaces = [
  "common",
  "plan",
  "error",
  "staff",
  "projects",
  "reports",
  "dashboard",
  "translations",
  "api",
  "imports",
  "notifications",
] as const;
export type Namespace = (typeof namespaces)[number];

/** The cookie that remembers the reader's last chosen language. */
export const LOCALE_COOKIE = "lng";
const ONE_YEAR_S = 60 * 60 * 24 * 365;

/** The cookie remembering the language last read, as the browser sets it (document.cookie). */
export function localeCookie(lng: Locale): string {
  return `${LOCALE_COOKIE}=${lng}; path=/; max-age=${ONE_YEAR_S}; samesite=lax`;
}

export function isLocale(value: string | undefined | null): value is Locale {
  return (locales as readonly string[]).includes(value ?? "");
}

/** BCP 47 tag for `<html lang>` and `Intl`: Chinese is written in simplified characters here. */
export const languageTag: Record<Locale, string> = {
  en: "en",
  zh: "zh-Hans",
  km: "km",
  lo: "lo",
  my: "my",
  th: "th",
  vi: "vi",
};

/** Each language's name in itself, as the language switcher shows it. */
export const endonyms: Record<Locale, string> = {
  en: "English",
  zh: "中文",
  km: "ខ្មែរ",
  lo: "ລາວ",
  my: "မြန်မာ",
  th: "ไทย",
  vi: "Tiếng Việt",
};

/** The seven languages as a form offers them, each in its own script. */
export const localeOptions = locales.map((locale) => ({ value: locale, label: endonyms[locale] }));
