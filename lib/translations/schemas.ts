// Input of the translation desk, shared by the browser and the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/settings";
import { confirmedUnicode } from "@/lib/validation/primitives";

export const TRANSLATION_STATES = ["missing", "draft", "stale", "reviewed", "all"] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

const translationRef = { textId: z.uuid(), locale: z.enum(locales) };

export const saveTranslationSchema = z.object({
  ...translationRef,
  value: z.string().trim().min(1).max(20_000),
  /** The version the translator started from; null when there was no translation yet. */
  version: z.coerce.number().int().min(1).nullable(),
  /** Save and mark as reviewed in one step (the reviewer wrote or corrected it). */
  review: z.boolean(),
  confirmedUnicode,
});

export const markReviewedSchema = z.object({ ...translationRef, version: z.coerce.number().int().min(1) });

export type SaveTranslationInput = z.input<typeof saveTranslationSchema>;

/** A filled-in workspace sheet: CSV of at most 2 MB (5,000 rows, checked when it is read). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export const importTranslationsSchema = z.object({
  locale: z.enum(locales),
  file: z.instanceof(File).refine((file) => file.size > 0 && file.size <= MAX_IMPORT_BYTES, {
    error: "validation.unreadableSheet",
  }),
  /** Save every changed row as reviewed (the reviewer filled the sheet in). */
  review: z.boolean(),
});
