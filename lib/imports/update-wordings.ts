import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditEntry } from "@/lib/audit/record";
import { locales, type Locale } from "@/lib/i18n/settings";
import type { MutationContext, Tx } from "@/lib/mutations/define";
import type { editStatusUpdateSchema } from "@/lib/projects/schemas";
import { assertMayTranslate, writeWording, wordingAudit } from "@/lib/translations/wording";
import { assertNoZawgyi } from "@/lib/translations/zawgyi";
import { dayToDate } from "@/lib/validation/primitives";
import { reject } from "./row-loop";
import type { SheetRow } from "./sheet-file";
import { UPDATE_WORDED as WORDED } from "./update-columns";
import { guarded } from "./update-refusals";

// A status update's texts in a sheet: its original and its translations, as read, checked and
// written by the rows of lib/imports/update-import.ts.

export type WordedField = (typeof WORDED)[number];
export type Wordings = Partial<Record<Locale, Partial<Record<WordedField, string>>>>;

const includeTexts = {
  select: { id: true, sourceLocale: true, translations: { select: { locale: true, value: true } } },
} as const;
export const selectUpdate = {
  id: true,
  version: true,
  reportedOn: true,
  periodYear: true,
  status: true,
  progress: true,
  evidenceLinks: true,
  narrative: includeTexts,
  milestones: includeTexts,
  issues: includeTexts,
} as const;

/** A status update as a row finds it: stored, or planned by an earlier row of a dry run. */
export type Existing = Prisma.StatusUpdateGetPayload<{ select: typeof selectUpdate }>;

export const wordingOf = (text: Existing["narrative"] | null, locale: Locale) =>
  text?.translations.find((entry) => entry.locale === locale)?.value ?? "";

type PlannedValues = Pick<
  z.infer<typeof editStatusUpdateSchema>,
  "locale" | "reportedOn" | "periodYear" | "status" | "progress" | "evidenceLinks" | WordedField
>;

/**
 * The update as a dry run's row leaves it: `values` over `before` (null: a new one), with the
 * row's translations. Never written; its id (a new one's is made up) only names it.
 */
export function plannedUpdate(
  values: PlannedValues,
  before: Existing | null,
  translations: Translation[],
): Existing {
  const text = (field: WordedField): Existing[WordedField] => {
    const previous = before?.[field] ?? null;
    if (!previous && !values[field]) return null;
    const wordings = new Map(previous?.translations.map((entry) => [entry.locale, entry.value]));
    if (values[field] || previous) wordings.set(values.locale, values[field]);
    for (const translation of translations)
      if (translation.field === field) wordings.set(translation.locale, translation.value);
    return {
      id: previous?.id ?? "",
      sourceLocale: values.locale,
      translations: [...wordings].map(([locale, value]) => ({ locale, value })),
    };
  };
  return {
    id: before?.id ?? randomUUID(),
    version: before ? before.version + 1 : 1,
    reportedOn: dayToDate(values.reportedOn),
    periodYear: values.periodYear,
    status: values.status,
    progress: values.progress,
    evidenceLinks: values.evidenceLinks,
    narrative: text("narrative")!,
    milestones: text("milestones"),
    issues: text("issues"),
  };
}

export type Translation = { locale: Locale; field: WordedField; value: string };

/** The row's texts in other languages than the original that differ from what the update has. */
export function translationsOf(wordings: Wordings, source: Locale, update: Existing): Translation[] {
  return locales.flatMap((locale) =>
    locale === source
      ? []
      : WORDED.flatMap((field) => {
          const value = wordings[locale]?.[field];
          return value && value !== wordingOf(update[field], locale) ? [{ locale, field, value }] : [];
        }),
  );
}

/** What `writeTranslations` would refuse, with nothing written; `hasText`: the update has that text. */
export async function checkTranslations(
  context: MutationContext,
  row: SheetRow,
  translations: Translation[],
  hasText: (field: WordedField) => boolean,
) {
  for (const { locale, field, value } of translations) {
    if (!hasText(field)) reject(row, `${field}.${locale}`, "imports:row.originalFirst");
    await guarded(row, locale, async () => {
      assertNoZawgyi({ [field]: value });
      assertMayTranslate(context, locale);
    });
  }
}

export async function writeTranslations(
  tx: Tx,
  context: MutationContext,
  row: SheetRow,
  updateId: string,
  translations: Translation[],
): Promise<AuditEntry[]> {
  if (!translations.length) return [];
  // Read after the change: a correction may just have given the update its milestones or issues.
  const update = await tx.statusUpdate.findUniqueOrThrow({
    where: { id: updateId },
    select: { narrativeId: true, milestonesId: true, issuesId: true },
  });
  const written = [];
  for (const { locale, field, value } of translations) {
    const textId = update[`${field}Id`];
    // A translation needs an original: milestones or issues first written in another language.
    if (!textId) reject(row, `${field}.${locale}`, "imports:row.originalFirst");
    written.push(
      await guarded(row, locale, () => {
        assertNoZawgyi({ [field]: value });
        return writeWording(tx, context, { textId, locale, value, field });
      }),
    );
  }
  return wordingAudit(written);
}
