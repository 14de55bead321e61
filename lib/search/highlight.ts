// The query's terms marked in a text shown in a result list, by the rule they matched with
// (lib/search/encode.ts): whole words in Thai, Lao and Burmese, whole clusters in Khmer and
// Chinese, anywhere in other scripts.
import { WHOLE_WORD_SCRIPTS, type SearchTerm } from "./encode";
import { composeForSearch } from "./normalize";

export type HighlightPart = { text: string; hit: boolean };

// Built once: a segmenter costs more to build than to segment a title.
const segmenters = {
  word: new Intl.Segmenter("und", { granularity: "word" }),
  grapheme: new Intl.Segmenter("und", { granularity: "grapheme" }),
};

const boundaries = (text: string, granularity: keyof typeof segmenters) =>
  new Set([...segmenters[granularity].segment(text)].map((part) => part.index).concat(text.length));

export function highlightParts(text: string, terms: SearchTerm[]): HighlightPart[] {
  const shown = composeForSearch(text);
  const lower = shown.toLowerCase();
  // Case mapping that changes a text's length (rare) would shift the marks: show it unmarked.
  if (!terms.length || lower.length !== shown.length) return [{ text: shown, hit: false }];
  const words = boundaries(lower, "word");
  const clusters = boundaries(lower, "grapheme");
  const hits = new Array<boolean>(lower.length).fill(false);
  for (const term of terms) {
    const edges = term.mode === "substring" ? null : WHOLE_WORD_SCRIPTS.test(term.text) ? words : clusters;
    for (let at = lower.indexOf(term.text); at !== -1; at = lower.indexOf(term.text, at + 1)) {
      const end = at + term.text.length;
      if (edges && !(edges.has(at) && edges.has(end))) continue;
      hits.fill(true, at, end);
    }
  }
  const parts: HighlightPart[] = [];
  for (let index = 0; index < shown.length; index++) {
    const last = parts.at(-1);
    if (last && last.hit === hits[index]) last.text += shown[index];
    else parts.push({ text: shown[index]!, hit: hits[index]! });
  }
  return parts;
}
