import "server-only";
import type { AuditEntry } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/settings";
import type { MutationContext, Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { refreshSearchText } from "@/lib/projects/search-text";

export type WordingWrite = {
  textId: string;
  locale: Locale;
  value: string;
  /** The translation's version the writer started from (null: there was none). Omitted: no check. */
  version?: number | null;
  /** Save and mark reviewed in one step (translators with the right for that locale). */
  review?: boolean;
  /** The form field the wording comes from, for the field error of a refused write. */
  field?: string;
  /** The text may not be emptied in its original language (a title, a narrative). */
  required?: boolean;
};

export type WordingWritten = {
  /** The wording this write replaced (for the caller's audit trail and conflict views). */
  before: string | null;
  changed: boolean;
  status: "source" | "draft" | "reviewed" | "stale";
  version: number;
  /** The audit event of a translation write; source wording is audited with its record. */
  audit: AuditEntry | null;
};

const translationId = (textId: string, locale: Locale) => `${textId}/${locale}`;

/**
 * The one way any wording of any text is written (project forms, status updates, report
 * narratives, the translation desk, imports). In the text's source locale it rewrites the original,
 * which the record's own permission covers (a database trigger then marks its translations stale).
 * In any other locale it is a translation: the writer needs `translations.edit` for that locale, the
 * version they started from must still be current, the version is bumped, the writer recorded, the
 * review cleared (unless this write is the review), and the write is audited with its locale. An
 * empty translation means "not translated" and writes nothing; an empty original is refused for
 * texts that are `required`.
 */
export async function writeWording(
  tx: Tx,
  context: MutationContext,
  write: WordingWrite,
): Promise<WordingWritten> {
  const { textId, locale, value } = write;
  const text = await tx.text.findUnique({
    where: { id: textId },
    select: { sourceLocale: true, translations: { where: { OR: [{ locale }, { status: "source" }] } } },
  });
  if (!text) throw new MutationError("notFound");
  const current = text.translations.find((translation) => translation.locale === locale) ?? null;
  const unchanged = {
    before: current?.value ?? null,
    changed: false,
    status: current?.status ?? "draft",
    version: current?.version ?? 0,
    audit: null,
  } satisfies WordingWritten;
  const userId = context.actor?.userId ?? null;

  if (text.sourceLocale === locale) {
    if (!value && write.required) {
      throw new MutationError("invalid", {
        fieldErrors: { [write.field ?? "value"]: [{ key: "validation.originalRequired" }] },
      });
    }
    if (current?.value === value) return unchanged;
    const saved = await tx.textTranslation.upsert({
      where: { textId_locale: { textId, locale } },
      create: { textId, locale, value, status: "source", updatedById: userId },
      update: { value, status: "source", updatedById: userId, version: { increment: 1 } },
    });
    await afterWrite(tx, textId);
    return {
      before: current?.value ?? null,
      changed: true,
      status: "source",
      version: saved.version,
      audit: null,
    };
  }

  assertMayTranslate(context, locale);
  if (write.version !== undefined && (current?.version ?? null) !== write.version) {
    throw new MutationError("conflict", {
      current: current ? { value: current.value, status: current.status, version: current.version } : {},
    });
  }
  if (!value || (current?.value === value && !write.review)) return unchanged;
  const source = text.translations.find((translation) => translation.status === "source")?.value ?? null;
  const status = write.review ? ("reviewed" as const) : ("draft" as const);
  const data = {
    value,
    status,
    sourceValue: source,
    updatedById: userId,
    reviewedById: write.review ? userId : null,
    reviewedAt: write.review ? new Date() : null,
  };
  const saved = await tx.textTranslation.upsert({
    where: { textId_locale: { textId, locale } },
    create: { textId, locale, ...data },
    update: { ...data, version: { increment: 1 } },
  });
  await afterWrite(tx, textId);
  return {
    before: current?.value ?? null,
    changed: true,
    status,
    version: saved.version,
    audit: {
      action: write.review ? "translations.saveReviewed" : "translations.save",
      entityType: "TextTranslation",
      entityId: translationId(textId, locale),
      changes: {
        locale: { before: null, after: locale },
        value: { before: current?.value ?? null, after: value },
        status: { before: current?.status ?? null, after: status },
      },
    },
  };
}

/** A wording in another language than a text's original needs the right to translate into it. */
export function assertMayTranslate(context: MutationContext, locale: Locale) {
  if (!context.system && !can(context.actor, "translations.edit", { locale })) {
    throw new MutationError("forbidden", {
      fieldErrors: { locale: [{ key: "validation.noTranslationRight" }] },
    });
  }
}

/** Readers' search covers every wording of a project's title and summary. */
async function afterWrite(tx: Tx, textId: string) {
  await tx.text.update({ where: { id: textId }, data: { updatedAt: new Date() } });
  const project = await tx.project.findFirst({
    where: { OR: [{ titleId: textId }, { summaryId: textId }] },
    select: { id: true },
  });
  if (project) await refreshSearchText(tx, project.id);
}

/** The audit events of several wording writes (those that were translations). */
export const wordingAudit = (writes: WordingWritten[]): AuditEntry[] =>
  writes.flatMap((written) => (written.audit ? [written.audit] : []));
