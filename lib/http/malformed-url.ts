// Addresses no page of the portal can have: a path whose percent-encoding is not UTF-8 ("/en/plan/%FF")
// makes Next fail while decoding route parameters, before any page runs; a control character or a
// segment longer than a file name makes its page cache fail to write the page. The portal's server
// (scripts/serve.ts) answers them with a 400 in the reader's language instead.
import { errorMessages } from "@/lib/i18n/error-messages";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/settings";

/** Longer than any slug, code or id of the portal, and than a file name may be. */
const MAX_SEGMENT_BYTES = 255;
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Whether the path of a request URL (query and fragment aside) is no address of the portal. */
export function isMalformedPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return (
    CONTROL.test(decoded) ||
    decoded.split("/").some((segment) => Buffer.byteLength(segment) > MAX_SEGMENT_BYTES)
  );
}

/** The 400 page's text in the language the path names (its first segment), else English. */
export function badRequestText(url: string): { lang: Locale; text: string } {
  const first = /^\/([a-z]{2})(?:\/|$)/.exec(url)?.[1];
  const lang = isLocale(first) ? first : defaultLocale;
  const { badRequest } = errorMessages(lang);
  return { lang, text: `${badRequest.title}\n\n${badRequest.body}\n` };
}
