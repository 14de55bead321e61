// How project texts are indexed for search and how a query matches them, in every script. Words
// come from ICU's word breaker (`Intl.Segmenter`, with dictionaries for Thai, Lao, Khmer, Burmese
// and Chinese). A query term matches, by its script:
// - Thai, Lao, Burmese, and Latin words with accents (Vietnamese syllables): a whole word, so Burmese
//   ရေ (water) does not match ရေး (affairs), nor Vietnamese cá (fish) các (the);
// - Khmer and Chinese: a run of whole grapheme clusters inside a word, since their dictionaries keep
//   compounds as one word (ធនធានទឹក "water resources" holds ទឹក "water"; 水资源 holds 水);
// - any other script: anywhere in the text, for codes and partial Latin words ("hydro…").
// The first two are tokens, stored as an array with a GIN index; the last is a substring of the
// normalized text, with a trigram index (docs/decisions/0022-search-in-every-script.md).
import { normalizeForSearch } from "./normalize";

/** The index format: rows written with an older one are rewritten when the server starts. */
export const SEARCH_INDEX_VERSION = 1;

const words = new Intl.Segmenter("und", { granularity: "word" });
const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

export const WHOLE_WORD_SCRIPTS = /[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u00c0-\u024f\u1e00-\u1eff]/;
const CLUSTER_SCRIPTS = /[\u1780-\u17ff\u19e0-\u19ff\u3400-\u9fff\uf900-\ufaff]/;
/** Longest run of clusters stored for a Khmer or Chinese word (longer terms are rare and still match as words). */
const MAX_RUN = 6;

/** The words of a text, normalized (lib/search/normalize.ts). */
export function wordsOf(text: string): string[] {
  return [...words.segment(normalizeForSearch(text))]
    .filter((part) => part.isWordLike)
    .map((part) => part.segment);
}

function tokensOf(word: string): string[] {
  if (WHOLE_WORD_SCRIPTS.test(word)) return [word];
  if (!CLUSTER_SCRIPTS.test(word)) return [];
  const clusters = [...graphemes.segment(word)].map((part) => part.segment);
  const runs = [word];
  for (let start = 0; start < clusters.length; start++)
    for (let end = start + 1; end <= Math.min(clusters.length, start + MAX_RUN); end++)
      runs.push(clusters.slice(start, end).join(""));
  return runs;
}

export type SearchIndex = { text: string; tokens: string[] };

/** Texts as the search index holds them: the normalized text, and the tokens of its words. */
export function indexForSearch(...texts: (string | null | undefined)[]): SearchIndex {
  const present = texts.filter((text): text is string => Boolean(text));
  return {
    text: normalizeForSearch(present.join(" ")),
    tokens: [...new Set(present.flatMap(wordsOf).flatMap(tokensOf))],
  };
}

export type SearchTerm = { text: string; mode: "token" | "substring" };

/** A query shaped like a code or a part of one ("LMC-2019-TH", "covid-19"): matched as it is typed. */
const CODE_LIKE = /^[a-z]+(-[a-z0-9]+)+-?$/;

/** A query's terms, all of which must match, at most `max`. */
export function searchTerms(query: string, max = 8): SearchTerm[] {
  const normalized = normalizeForSearch(query.trim());
  const terms = [...new Set(wordsOf(query))].slice(0, max).map((text): SearchTerm => ({
    text,
    mode: WHOLE_WORD_SCRIPTS.test(text) || CLUSTER_SCRIPTS.test(text) ? "token" : "substring",
  }));
  // Its words alone ("lmc", "2019", "th") would match any 2019 project with "th" in its text.
  return CODE_LIKE.test(normalized) && /\d/.test(normalized)
    ? [{ text: normalized, mode: "substring" }]
    : terms;
}

/** Whether indexed texts hold every term (the rule the database applies, for names and highlights). */
export function matchesAll(index: SearchIndex, terms: SearchTerm[]): boolean {
  return (
    terms.length > 0 &&
    terms.every((term) =>
      term.mode === "token" ? index.tokens.includes(term.text) : index.text.includes(term.text),
    )
  );
}
