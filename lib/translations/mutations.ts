import "server-only";
import { defineMutation, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import type { Locale } from "@/lib/i18n/settings";
import { refreshSearchText } from "@/lib/projects/search-text";
import { markReviewedSchema, saveTranslationSchema } from "./schemas";
import { looksLikeZawgyi, zawgyiToUnicode } from "./zawgyi";

// Translations of any text (plan, projects, glossary) in one locale, written and reviewed by that
// locale's translators (the permission map's `translations.edit`). The source wording is never
// changed here: plan texts are reworded in the plan editor, which makes their translations stale.

async function loadTranslation(tx: Tx, textId: string, locale: Locale) {
  const text = await tx.text.findUnique({
    where: { id: textId },
    select: { sourceLocale: true, translations: { where: { OR: [{ locale }, { status: "source" }] } } },
  });
  if (!text) throw new MutationError("notFound");
  if (text.sourceLocale === locale)
    throw new MutationError("invalid", { fieldErrors: { locale: [{ key: "validation.isSource" }] } });
  const source = text.translations.find((translation) => translation.status === "source");
  const current =
    text.translations.find(
      (translation) => translation.locale === locale && translation.status !== "source",
    ) ?? null;
  return { source: source?.value ?? null, current };
}

const auditId = (textId: string, locale: Locale) => `${textId}/${locale}`;

export const saveTranslation = defineMutation({
  name: "translations.save",
  permission: "translations.edit",
  input: saveTranslationSchema,
  scope: async (_tx, input) => ({ locale: input.locale }),
  affectsPublicPages: true,
  async run(tx, input, context) {
    if (input.locale === "my" && !input.keepAsTyped && looksLikeZawgyi(input.value)) {
      throw new MutationError("invalid", {
        fieldErrors: { value: [{ key: "validation.zawgyi" }] },
        current: { unicode: zawgyiToUnicode(input.value) },
      });
    }
    const { source, current } = await loadTranslation(tx, input.textId, input.locale);
    if ((current?.version ?? null) !== input.version) {
      throw new MutationError("conflict", {
        current: current ? { value: current.value, status: current.status, version: current.version } : {},
      });
    }
    const status = input.review ? ("reviewed" as const) : ("draft" as const);
    const userId = context.actor?.userId ?? null;
    const data = {
      value: input.value,
      status,
      sourceValue: source,
      updatedById: userId,
      reviewedById: input.review ? userId : null,
      reviewedAt: input.review ? new Date() : null,
    };
    const saved = current
      ? await tx.textTranslation.update({
          where: { textId_locale: { textId: input.textId, locale: input.locale } },
          data: { ...data, version: { increment: 1 } },
        })
      : await tx.textTranslation.create({ data: { textId: input.textId, locale: input.locale, ...data } });
    // Project search covers every wording of a title and summary.
    const project = await tx.project.findFirst({
      where: { OR: [{ titleId: input.textId }, { summaryId: input.textId }] },
      select: { id: true },
    });
    if (project) await refreshSearchText(tx, project.id);
    return {
      result: { version: saved.version, status },
      audit: {
        action: input.review ? "translations.saveReviewed" : "translations.save",
        entityType: "TextTranslation",
        entityId: auditId(input.textId, input.locale),
        changes: {
          value: { before: current?.value ?? null, after: input.value },
          status: { before: current?.status ?? null, after: status },
        },
      },
    };
  },
});

/** A reviewer confirms a draft (or a stale translation still right for the new source) as it is. */
export const markReviewed = defineMutation({
  name: "translations.markReviewed",
  permission: "translations.edit",
  input: markReviewedSchema,
  scope: async (_tx, input) => ({ locale: input.locale }),
  affectsPublicPages: true,
  async run(tx, input, context) {
    const { source, current } = await loadTranslation(tx, input.textId, input.locale);
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
    if (!count)
      throw new MutationError("conflict", {
        current: { value: current.value, status: current.status, version: current.version },
      });
    return {
      result: { version: input.version + 1 },
      audit: {
        action: "translations.markReviewed",
        entityType: "TextTranslation",
        entityId: auditId(input.textId, input.locale),
        changes: { status: { before: current.status, after: "reviewed" } },
      },
    };
  },
});
