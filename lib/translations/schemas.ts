// Input of the translation desk, shared by the browser and the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/settings";

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
  /** The translator confirmed that Burmese text the detector took for Zawgyi is Unicode. */
  keepAsTyped: z.boolean().default(false),
});

export const markReviewedSchema = z.object({ ...translationRef, version: z.coerce.number().int().min(1) });

export type SaveTranslationInput = z.input<typeof saveTranslationSchema>;
