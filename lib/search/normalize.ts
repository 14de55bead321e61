// One form of text for search, applied alike to what is indexed and to what readers type: Unicode
// NFC (a Vietnamese "nước" typed with combining marks equals the precomposed one), the Thai and Lao
// vowel sara am as one letter (it may be typed as nikhahit + sara aa, in either order around a tone
// mark), lower case.

const THAI_SARA_AM = /\u0e4d([\u0e48-\u0e4b]?)\u0e32/g;
const LAO_SARA_AM = /\u0ecd([\u0ec8-\u0ecb]?)\u0eb2/g;

/** The same text, as it looks (canonically equivalent, same case), with one form per letter. */
export function composeForSearch(text: string): string {
  return text.normalize("NFC").replace(THAI_SARA_AM, "$1\u0e33").replace(LAO_SARA_AM, "$1\u0eb3");
}

export function normalizeForSearch(text: string): string {
  return composeForSearch(text).toLowerCase();
}
