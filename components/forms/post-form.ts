"use client";

import type { MutationResult } from "@/lib/mutations/result";

/**
 * Sends a form with files to a mutation route (lib/http/mutation-route.ts) and returns its result,
 * as a server action would: JSON fields in `payload`, files under their own names. A network failure
 * or an answer that is no result becomes "unavailable" (413: "tooLarge").
 */
export async function postForm<T>(
  url: string,
  payload: Record<string, unknown>,
  files: Record<string, File[]> = {},
): Promise<MutationResult<T>> {
  const body = new FormData();
  body.set("payload", JSON.stringify(payload));
  for (const [name, list] of Object.entries(files)) for (const file of list) body.append(name, file);
  try {
    const response = await fetch(url, { method: "POST", body, credentials: "same-origin" });
    const result: unknown = await response.json().catch(() => null);
    if (result && typeof result === "object" && "ok" in result) return result as MutationResult<T>;
    return { ok: false, error: response.status === 413 ? "tooLarge" : "unavailable" };
  } catch {
    return { ok: false, error: "unavailable" };
  }
}
