// The change between the source wording a translation was made from and the source as it is now,
// word by word in every script: Intl.Segmenter finds words in Chinese, Thai, Lao, Khmer and
// Burmese, which do not separate them with spaces.
import { diffArrays } from "diff";

export type DiffPart = { value: string; change: "same" | "removed" | "added" };

function words(text: string, locale: string): string[] {
  return [...new Intl.Segmenter(locale, { granularity: "word" }).segment(text)].map(
    (segment) => segment.segment,
  );
}

export function sourceDiff(
  before: string,
  after: string,
  locale: string,
): { before: DiffPart[]; after: DiffPart[] } {
  const parts = diffArrays(words(before, locale), words(after, locale));
  const side = (keep: "removed" | "added") =>
    parts
      .filter((part) => (keep === "removed" ? !part.added : !part.removed))
      .map((part) => ({
        value: part.value.join(""),
        change: part.added ? ("added" as const) : part.removed ? ("removed" as const) : ("same" as const),
      }));
  return { before: side("removed"), after: side("added") };
}
