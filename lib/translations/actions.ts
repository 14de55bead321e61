"use server";

import { getActor, requestIp } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/settings";
import { perform, revalidatePublicPages } from "@/lib/mutations/perform";
import { importTranslations, MAX_IMPORT_BYTES, type ImportSummary } from "./exchange";
import { markReviewed, saveTranslation } from "./mutations";

export type ImportResult =
  { ok: true; summary: ImportSummary } | { ok: false; error: "unreadable" | "unauthenticated" | "forbidden" };

// Public endpoints: the mutations validate the input and check the actor against the locale.

export async function saveTranslationAction(input: unknown) {
  return perform(saveTranslation, input);
}

export async function markReviewedAction(input: unknown) {
  return perform(markReviewed, input);
}

/** A filled-in sheet from the workspace's export, read back row by row through `saveTranslation`. */
export async function importTranslationsAction(form: FormData): Promise<ImportResult> {
  const locale = String(form.get("locale") ?? "");
  const file = form.get("file");
  const review = form.get("review") === "on";
  if (!isLocale(locale) || !(file instanceof File) || file.size === 0 || file.size > MAX_IMPORT_BYTES)
    return { ok: false, error: "unreadable" };
  const [actor, ip] = await Promise.all([getActor(), requestIp()]);
  if (!actor) return { ok: false, error: "unauthenticated" };
  if (!can(actor, "translations.edit", { locale })) return { ok: false, error: "forbidden" };
  const summary = await importTranslations({ db: getDb(), actor, ip }, locale, await file.text(), review);
  if (summary === "unreadable") return { ok: false, error: "unreadable" };
  if (summary.saved > 0) revalidatePublicPages();
  return { ok: true, summary };
}
