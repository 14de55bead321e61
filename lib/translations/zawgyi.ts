// Burmese typed with the legacy Zawgyi font encoding looks right only in Zawgyi fonts and is
// garbled everywhere else. Google's myanmar-tools model tells the two encodings apart.
import { ZawgyiConverter, ZawgyiDetector } from "myanmar-tools";

/** Above this probability the text is treated as Zawgyi (the threshold myanmar-tools recommends). */
const ZAWGYI_THRESHOLD = 0.95;

const detector = new ZawgyiDetector();
const converter = new ZawgyiConverter();

export function looksLikeZawgyi(text: string): boolean {
  return detector.getZawgyiProbability(text) > ZAWGYI_THRESHOLD;
}

export function zawgyiToUnicode(text: string): string {
  return converter.zawgyiToUnicode(text);
}
