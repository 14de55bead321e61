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

/** Latin faces by the subsets a locale's own words need (Vietnamese has letters of its own). */
const LATIN_FILES = (lng: Locale) => (lng === "vi" ? ["latin", "vietnamese"] : ["latin"]);
const SCRIPT_FILES: Record<FontScript, string | null> = {
  latin: null,
  sc: "noto-sans-sc-core", // the portal's own characters (scripts/fonts/chinese-core.ts)
  khmer: "noto-sans-khmer-khmer",
  lao: "noto-sans-lao-lao",
  myanmar: "noto-sans-myanmar-myanmar",
  thai: "noto-sans-thai-thai",
};

/**
 * The font files a locale's page shows first, regular and bold: preloaded by the layout, so that
 * they are in before the first paint (their faces are `font-display: optional`, scripts/fonts/build.ts).
 */
export function fontPreloads(lng: Locale): string[] {
  const script = scriptOf[lng];
  const scriptFile = script ? SCRIPT_FILES[script] : null;
  const stems = [
    ...LATIN_FILES(lng).map((subset) => `noto-sans-${subset}`),
    ...(scriptFile ? [scriptFile] : []),
  ];
  return stems.flatMap((stem) => [400, 700].map((weight) => `/fonts/files/${stem}-${weight}-normal.woff2`));
}

export function scriptStylesheet(lng: Locale): string | null {
  const script = scriptOf[lng];
  return script ? `/fonts/${script}.css` : null;
}
