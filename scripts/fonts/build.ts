// Self-hosted fonts: copies the @fontsource faces each script needs into public/fonts and writes
// one small stylesheet per script, so a page loads only its own script's @font-face rules and
// no request ever leaves the server for fonts. Runs at `npm install` (postinstall).
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fontScripts, type FontScript } from "../../lib/i18n/fonts";
import { buildChineseCore } from "./chinese-core";

const require = createRequire(import.meta.url);
const OUT_DIR = path.resolve("public/fonts");
const WEIGHTS = [400, 700];

/**
 * How a face swaps in. The screen faces a locale's page preloads (lib/i18n/fonts.ts) are `optional`:
 * used if they arrive within the first paint's short block period (they are preloaded, so nearly
 * always), else the page keeps its fallback rather than shifting the text under the reader's eyes
 * when they arrive; cached, they are there for the next page. Chinese swaps: its core face (the
 * portal's own characters) is preloaded, but a rare character still comes from one of a hundred slices. Print faces block: paper waits for its fonts.
 */
type Display = "optional" | "swap" | "block";
type Source = { pkg: string; subsets: string[] | "all"; display: Display };

/**
 * Which @fontsource packages and which of their unicode subsets make up each script's stylesheet:
 * the screen face, and for Khmer, Lao and Burmese a print face (app/globals.css). Noto Sans Khmer
 * and Lao, and Noto Sans Myanmar in bold, position their vowel signs so that PDF readers take the
 * gap for a word break ("ស្ថា នភាព"): Hanuman, Phetsarath (the Lao government's own face) and Noto
 * Serif Myanmar print words whole (tests/e2e/pdf-text-layer.spec.ts). A face's files load only
 * when something uses it, so screens never fetch the print faces.
 */
const SOURCES: Record<FontScript, Source[]> = {
  latin: [
    { pkg: "@fontsource/noto-sans", subsets: ["latin", "latin-ext", "vietnamese"], display: "optional" },
  ],
  sc: [{ pkg: "@fontsource/noto-sans-sc", subsets: "all", display: "swap" }],
  khmer: [
    { pkg: "@fontsource/noto-sans-khmer", subsets: ["khmer"], display: "optional" },
    { pkg: "@fontsource/hanuman", subsets: ["khmer"], display: "block" },
  ],
  lao: [
    { pkg: "@fontsource/noto-sans-lao", subsets: ["lao"], display: "optional" },
    { pkg: "@fontsource/phetsarath", subsets: ["lao"], display: "block" },
  ],
  myanmar: [
    { pkg: "@fontsource/noto-sans-myanmar", subsets: ["myanmar"], display: "optional" },
    { pkg: "@fontsource/noto-serif-myanmar", subsets: ["myanmar"], display: "block" },
  ],
  thai: [{ pkg: "@fontsource/noto-sans-thai", subsets: ["thai"], display: "optional" }],
};

const FACE = /@font-face\s*{[^}]*}/g;
const WOFF2_SOURCE = /src:\s*url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/;

async function buildScript(script: FontScript): Promise<number> {
  let css = "";
  let files = 0;
  for (const source of SOURCES[script]) {
    const built = await buildSource(source);
    css += built.css;
    files += built.files;
  }
  // Last, so that it wins over the slices for the characters it has (scripts/fonts/chinese-core.ts).
  if (script === "sc") {
    css += await buildChineseCore(OUT_DIR, "swap");
    files += 2;
  }
  await writeFile(path.join(OUT_DIR, `${script}.css`), css);
  return files;
}

async function buildSource({ pkg, subsets, display }: Source): Promise<{ css: string; files: number }> {
  const packageDir = path.dirname(require.resolve(`${pkg}/package.json`));
  const prefix = path.basename(pkg);
  let css = "";
  const fontFiles = new Set<string>();
  for (const weight of WEIGHTS) {
    const source = await readFile(path.join(packageDir, `${weight}.css`), "utf8");
    for (const [face] of source.matchAll(FACE)) {
      const name = WOFF2_SOURCE.exec(face)?.[1];
      if (!name) throw new Error(`${pkg}/${weight}.css: a face without a woff2 source`);
      const subset = name.slice(prefix.length + 1, -`-${weight}-normal.woff2`.length);
      if (subsets !== "all" && !subsets.includes(subset)) continue;
      fontFiles.add(name);
      // Only the woff2 source is kept: every browser that shapes these scripts well reads woff2.
      css += `${face
        .replace(WOFF2_SOURCE, `src: url(/fonts/files/${name}) format('woff2');`)
        .replace(/font-display:\s*\w+;/, `font-display: ${display};`)}\n`;
    }
  }
  await Promise.all(
    [...fontFiles].map((name) =>
      copyFile(path.join(packageDir, "files", name), path.join(OUT_DIR, "files", name)),
    ),
  );
  return { css, files: fontFiles.size };
}

await mkdir(path.join(OUT_DIR, "files"), { recursive: true });
const counts = await Promise.all(fontScripts.map(buildScript));
console.log(
  `fonts: ${counts.reduce((a, b) => a + b, 0)} font files for ${fontScripts.join(", ")} in public/fonts`,
);
