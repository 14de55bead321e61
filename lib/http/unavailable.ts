// The answer while the database cannot be reached (lib/ops/database-state.ts), written by the
// portal's server before Next is asked: 503 with Retry-After, in the language the address names,
// with the request's id to quote; a problem document for the API, a small page for everyone else.
import { errorMessages } from "@/lib/i18n/error-messages";
import { defaultLocale, isLocale, languageTag } from "@/lib/i18n/settings";

export const RETRY_AFTER_SECONDS = 5;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char]!);

export function unavailableAnswer(url: string, requestId: string) {
  const first = /^\/([a-z]{2})(?:\/|$)/.exec(url)?.[1];
  const lng = isLocale(first) ? first : defaultLocale;
  const { unavailable, error } = errorMessages(lng);
  const reference = error.reference.replace("{{reference}}", requestId);
  const headers = {
    "Retry-After": String(RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
    "Content-Language": languageTag[lng],
  };
  if (url.startsWith("/api/")) {
    const body = {
      type: "/developers/problems/unavailable",
      title: unavailable.title,
      status: 503,
      detail: `${unavailable.body} ${reference}`,
    };
    return {
      headers: { ...headers, "Content-Type": "application/problem+json; charset=utf-8" },
      body: JSON.stringify(body),
    };
  }
  const body = `<!doctype html><html lang="${languageTag[lng]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(unavailable.title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:2rem;line-height:1.5"><h1>${escape(unavailable.title)}</h1><p>${escape(unavailable.body)}</p><p><small>${escape(reference)}</small></p></body></html>`;
  return { headers: { ...headers, "Content-Type": "text/html; charset=utf-8" }, body };
}
