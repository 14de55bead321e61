// Burmese typed with the legacy Zawgyi font encoding looks right only in Zawgyi fonts and is
// garbled everywhere else. Google's myanmar-tools model tells the two encodings apart.
// A CommonJS module: its default import works both in Next's bundle and under Node's own ESM loader
// (the seed and the server script), which cannot see named exports in it.
import myanmarTools from "myanmar-tools";
import { MutationError } from "@/lib/mutations/result";
import type { FieldErrors } from "@/lib/validation/errors";

/** Above this probability the text is treated as Zawgyi (the threshold myanmar-tools recommends). */
const ZAWGYI_THRESHOLD = 0.95;
/** The Myanmar block, where both encodings put their letters: text without it cannot be Zawgyi. */
const MYANMAR_SCRIPT = /[\u1000-\u109f]/;

const detector = new myanmarTools.ZawgyiDetector();
const converter = new myanmarTools.ZawgyiConverter();

export function looksLikeZawgyi(text: string): boolean {
  return MYANMAR_SCRIPT.test(text) && detector.getZawgyiProbability(text) > ZAWGYI_THRESHOLD;
}

export function zawgyiToUnicode(text: string): string {
  return converter.zawgyiToUnicode(text);
}

/**
 * Every form that writes wording calls this before writing anything: each field (by its form name)
 * whose text looks like Zawgyi is refused with the Unicode conversion attached, so the form can offer
 * it, unless the writer confirmed the field as typed. Whatever the field's language: a Myanmar
 * officer may write Burmese in a project's English form too.
 */
export function assertNoZawgyi(
  fields: Record<string, string | null | undefined>,
  confirmed: readonly string[] = [],
) {
  const problems: FieldErrors = {};
  for (const [field, value] of Object.entries(fields)) {
    if (!value || confirmed.includes(field) || !looksLikeZawgyi(value)) continue;
    problems[field] = [{ key: "validation.zawgyi", params: { unicode: zawgyiToUnicode(value) } }];
  }
  if (Object.keys(problems).length) throw new MutationError("invalid", { fieldErrors: problems });
}
