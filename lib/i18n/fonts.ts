import type { Locale } from "./settings";

export const fontScripts = ["latin", "sc", "khmer", "lao", "myanmar", "thai"] as const;
export type FontScript = (typeof fontScripts)[number];

/** The script-specific font each locale needs besides the Latin one. */
const scriptOf: Record<Locale, FontScript | null> = {
  en: null,
  vi: null,
  zh: "sc",
  km: "khmer",
  lo: "lao",
  my: "myanmar",
  th: "thai",
};

export function fontStylesheets(lng: Locale): string[] {
  const script = scriptOf[lng];
  return ["/fonts/latin.css", ...(script ? [`/fonts/${script}.css`] : [])];
}

export function scriptStylesheet(lng: Locale): string | null {
  const script = scriptOf[lng];
  return script ? `/fonts/${script}.css` : null;
}
