import "server-only";
import type { Locale } from "@/lib/i18n/settings";
import { defineMutation, type MutationContext, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { readExchangeSheet, type ImportProblem, type ImportSummary } from "./exchange";
import { importTranslationsSchema, markReviewedSchema, saveTranslationSchema } from "./schemas";
import { writeWording, type WordingWritten } from "./wording";
import { assertNoZawgyi } from "./zawgyi";

// Translations of any text (plan, projects, glossary) in one locale, written and reviewed by that
// locale's translators (the permission map's `translations.edit`). The source wording is never
// changed here: plan texts are reworded in the plan editor, which makes their translations stale.

const byLocale = async (_tx: Tx, input: { locale: Locale }) => ({ locale: input.locale });

async function translationOf(tx: Tx, textId: string, locale: Locale) {
  const text = await tx.text.findUnique({
    where: { id: textId },
    select: { sourceLocale: true, translations: { where: { OR: [{ locale }, { status: "source" }] } } },
  });
  if (!text) throw new MutationError("notFound");
  if (text.sourceLocale === locale) {
    throw new MutationError("invalid", { fieldErrors: { locale: [{ key: "validation.isSource" }] } });
  }
  return {
    source: text.translations.find((translation) => translation.status === "source")?.value ?? null,
    current: text.translations.find((translation) => translation.locale === locale) ?? null,
  };
}

/** One translation written by a translator: never the source, never Zawgyi unless confirmed. */
async function saveOne(
  tx: Tx,
  context: MutationContext,
  input: {
    textId: string;
    locale: Locale;
    value: string;
    version: number | null;
    review: boolean;
    confirmedUnicode: readonly string[];
  },
): Promise<WordingWritten> {
  assertNoZawgyi({ value: input.value }, input.confirmedUnicode);
  await translationOf(tx, input.textId, input.locale);
  return writeWording(tx, context, input);
}

export const saveTranslation = defineMutation({
  name: "translations.save",
  permission: "translations.edit",
  input: saveTranslationSchema,
  scope: byLocale,
  affectsPublicPages: true,
  async run(tx, input, context) {
    const written = await saveOne(tx, context, input);
    return {
      result: { version: written.version, status: written.status },
      audit: written.audit ?? [],
    };
  },
});

/** A reviewer confirms a draft (or a stale translation still right for the new source) as it is. */
export const markReviewed = defineMutation({
  name: "translations.markReviewed",
  permission: "translations.edit",
  input: markReviewedSchema,
  scope: byLocale,
  affectsPublicPages: true,
  async run(tx, input, context) {
    const { source, current } = await translationOf(tx, input.textId, input.locale);
    if (!current) throw new MutationError("notFound");
    if (current.status === "reviewed") throw new MutationError("wrongState");
    const { count } = await tx.textTranslation.updateMany({
      where: { textId: input.textId, locale: input.locale, version: input.version },
      data: {
        status: "reviewed",
        sourceValue: source,
        reviewedById: context.actor?.userId ?? null,
        reviewedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (!count) {
      const now = await tx.textTranslation.findUniqueOrThrow({
        where: { textId_locale: { textId: input.textId, locale: input.locale } },
      });
      throw new MutationError("conflict", {
        current: { value: now.value, status: now.status, version: now.version },
      });
    }
    return {
      result: { version: input.version + 1 },
      audit: {
        action: "translations.markReviewed",
        entityType: "TextTranslation",
        entityId: `${input.textId}/${input.locale}`,
        changes: {
          locale: { before: null, after: input.locale },
          status: { before: current.status, after: "reviewed" },
        },
      },
    };
  },
});

const problemOf = (error: MutationError): ImportProblem["problem"] => {
  if (error.details.fieldErrors?.value?.some((problem) => problem.key === "validation.zawgyi"))
    return "zawgyi";
  if (error.code === "conflict" || error.code === "notFound" || error.code === "forbidden") return error.code;
  return "invalid";
};

/**
 * A locale's queue filled in offline (the workspace's CSV export) read back in one transaction:
 * every row whose translation differs from the wording as it stands is saved the way the editor
 * saves it (as a draft, or reviewed); rows changed since the export, in Zawgyi, or otherwise
 * refused are reported by their line and change nothing. Unchanged rows are skipped, so a reviewed
 * translation handed back as it was stays reviewed.
 */
export const importTranslations = defineMutation({
  name: "translations.import",
  permission: "translations.edit",
  input: importTranslationsSchema,
  scope: byLocale,
  affectsPublicPages: true,
  async run(tx, input, context) {
    const rows = readExchangeSheet(await input.file.text());
    if (!rows)
      throw new MutationError("invalid", { fieldErrors: { file: [{ key: "validation.unreadableSheet" }] } });
    const summary: ImportSummary = { saved: 0, unchanged: 0, problems: [] };
    const audit = [];
    for (const row of rows) {
      const current = row.textId
        ? await tx.textTranslation.findUnique({
            where: { textId_locale: { textId: row.textId, locale: input.locale } },
            select: { value: true },
          })
        : null;
      if (!row.translation || current?.value === row.translation) {
        summary.unchanged++;
        continue;
      }
      if (!row.textId || row.version === "invalid") {
        summary.problems.push({ row: row.line, problem: "invalid" });
        continue;
      }
      try {
        const written = await saveOne(tx, context, {
          textId: row.textId,
          locale: input.locale,
          value: row.translation,
          version: row.version,
          review: input.review,
          confirmedUnicode: [],
        });
        summary.saved++;
        if (written.audit) audit.push(written.audit);
      } catch (error) {
        if (!(error instanceof MutationError)) throw error;
        summary.problems.push({ row: row.line, problem: problemOf(error) });
      }
    }
    return { result: summary, audit };
  },
});
