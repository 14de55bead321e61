import "server-only";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

/** A plain-text answer of a route handler, never cached. */
export const plainText = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });

/** A plain-text refusal in the reader's language (no internals). */
export async function refusal(status: 403 | 404, lng: Locale): Promise<Response> {
  const t = await getT(lng, "error");
  return plainText(status, status === 404 ? t("notFound.body") : t("forbidden.body"));
}
