// Section numbers ("4", "4.2", "4.2.5"), their URL slugs ("4-2-5") and paragraph citation ids
// ("4.2.5-3", anchored as "#p-4.2.5-3").

import type { SectionLevel } from "@/generated/prisma/enums";

export type SectionLevelName = SectionLevel;

export const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

const LEVELS: SectionLevelName[] = ["chapter", "section", "subsection"];
const NUMBER = /^\d+(\.\d+){0,2}$/;
const SLUG = /^\d+(-\d+){0,2}$/;

export function isSectionNumber(value: string): boolean {
  return NUMBER.test(value);
}

export function levelOfNumber(number: string): SectionLevelName {
  if (!isSectionNumber(number)) throw new Error(`Not a section number: "${number}"`);
  return LEVELS[number.split(".").length - 1]!;
}

export function parentNumber(number: string): string | null {
  const parts = number.split(".");
  return parts.length > 1 ? parts.slice(0, -1).join(".") : null;
}

export function sectionSlug(number: string): string {
  return number.replaceAll(".", "-");
}

/** The section number for a URL slug, or null when the slug is not one. */
export function numberFromSlug(slug: string): string | null {
  return SLUG.test(slug) ? slug.replaceAll("-", ".") : null;
}

export function citationId(sectionNumber: string, ordinal: number): string {
  return `${sectionNumber}-${ordinal}`;
}

export function paragraphAnchor(citation: string): string {
  return `p-${citation}`;
}

const ROMAN: [number, string][] = [
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** How a chapter number is written in the locale: 四 in Chinese, IV elsewhere (as the plan does). */
export function chapterLabel(chapter: number, locale: string): string {
  if (locale === "zh") return CHINESE_NUMERALS[chapter - 1] ?? String(chapter);
  let rest = chapter;
  let out = "";
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** The number as it stands before a heading: "四、" in Chinese, "IV." elsewhere, "4.2.5" below chapters. */
export function headingNumber(number: string, locale: string): string {
  if (number.includes(".")) return number;
  return `${chapterLabel(Number(number), locale)}${locale === "zh" ? "、" : "."}`;
}
