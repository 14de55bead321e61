// The Chinese characters the portal itself writes — its interface and the plan's text — cut from
// Noto Sans SC into one small face per weight. Declared after the hundred slices of the full font
// with the same family name, it is the face browsers pick for those characters (overlapping
// unicode ranges are checked in reverse order of declaration), so a Chinese page downloads one
// file per weight instead of a slice for every few characters it touches; characters outside it
// (a project title's rare character) still come from their slice.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import subsetFont from "subset-font";

const require = createRequire(import.meta.url);
const WEIGHTS = [400, 700];
/** Where the portal's own Chinese text lives: the interface strings and the seeded plan and names. */
const TEXT_SOURCES = ["locales/zh", "prisma/seed/data"];
/** CJK radicals, punctuation, ideographs and the full-width forms. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/gu;

export const CORE_STEM = "noto-sans-sc-core";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function portalCharacters(): Promise<number[]> {
  const characters = new Set<number>();
  for (const dir of TEXT_SOURCES) {
    for (const file of await filesUnder(dir)) {
      for (const [character] of (await readFile(file, "utf8")).matchAll(CJK)) {
        characters.add(character.codePointAt(0)!);
      }
    }
  }
  return [...characters].sort((a, b) => a - b);
}

/** `U+4e00-4e01,U+4e03`: consecutive code points as ranges. */
export function unicodeRange(codePoints: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < codePoints.length; i++) {
    const start = codePoints[i]!;
    while (codePoints[i + 1] === codePoints[i]! + 1) i++;
    const end = codePoints[i]!;
    ranges.push(start === end ? `U+${start.toString(16)}` : `U+${start.toString(16)}-${end.toString(16)}`);
  }
  return ranges.join(",");
}

/** Writes the core faces into `outDir/files` and returns their @font-face rules. */
export async function buildChineseCore(outDir: string, display: string): Promise<string> {
  const codePoints = await portalCharacters();
  const text = String.fromCodePoint(...codePoints);
  const packageDir = path.dirname(require.resolve("@fontsource/noto-sans-sc/package.json"));
  let css = "";
  for (const weight of WEIGHTS) {
    const full = await readFile(
      path.join(packageDir, "files", `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`),
    );
    const name = `${CORE_STEM}-${weight}-normal.woff2`;
    await writeFile(
      path.join(outDir, "files", name),
      await subsetFont(full, text, { targetFormat: "woff2" }),
    );
    css += `@font-face {
  font-family: 'Noto Sans SC';
  font-style: normal;
  font-display: ${display};
  font-weight: ${weight};
  src: url(/fonts/files/${name}) format('woff2');
  unicode-range: ${unicodeRange(codePoints)};
}\n`;
  }
  return css;
}
