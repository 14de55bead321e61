import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditEntry } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { locales, type Locale } from "@/lib/i18n/settings";
import type { MutationContext, Tx } from "@/lib/mutations/define";
import { createStatusUpdateSchema, editStatusUpdateSchema } from "@/lib/projects/schemas";
import { writeNewStatusUpdate, writeStatusUpdateChange } from "@/lib/projects/update-mutations";
import { writeWording, wordingAudit } from "@/lib/translations/wording";
import { assertNoZawgyi } from "@/lib/translations/zawgyi";
import { dateToDay, dayToDate } from "@/lib/validation/primitives";
import { readCell, shownValue, type RowProblem } from "./project-rows";
import { importRows, reject, RowRejected, textOf, type RowOutcome, type RowProgress } from "./row-loop";
import type { Sheet, SheetRow } from "./sheet-file";
import { UPDATE_WORDED as WORDED, updateColumn } from "./update-columns";
import { guarded, parsed } from "./update-refusals";

const MAX_KEY_LENGTH = 100;
type WordedField = (typeof WORDED)[number];
type Wordings = Partial<Record<Locale, Partial<Record<WordedField, string>>>>;

/** The plain fields of an update as the sheet and the form hold them (text). */
type UpdateCells = {
  reportedOn: string;
  periodYear: string;
  status: string;
  progress: string;
  evidenceLinks: string[];
};

const includeTexts = {
  select: { id: true, sourceLocale: true, translations: { select: { locale: true, value: true } } },
} as const;
const selectUpdate = {
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

/**
 * Brings the rows of a status-updates sheet in through the update forms' own writes. A row is the
 * update of its project with its report date and key (docs/decisions/0028-spreadsheet-import.md):
 * found, it is corrected in the columns the sheet fills; not found, it is created with that key.
 * A key that is an update's id (as the portal's exports give it) finds that update whatever its date.
 */
export function importUpdateRows(
  tx: Tx,
  context: MutationContext,
  sheet: Sheet,
  lng: Locale,
  onRow?: RowProgress,
) {
  return importRows(tx, sheet, (row) => importRow(tx, context, row, lng), onRow);
}

async function importRow(tx: Tx, context: MutationContext, row: SheetRow, lng: Locale): Promise<RowOutcome> {
  const code = textOf(row, "project").toUpperCase();
  if (!code) reject(row, "project", "staff:validation.required");
  const project = await tx.project.findUnique({
    where: { code },
    select: { id: true, leadCountryCode: true },
  });
  if (!project) reject(row, "project", "imports:row.unknownProject");
  if (!can(context.actor, "projects.import", { countryCode: project.leadCountryCode }))
    reject(row, "project", "imports:row.otherCountry", { country: project.leadCountryCode });
  const { cells, wordings } = readRow(row);
  if (!cells.reportedOn) reject(row, "reportedOn", "staff:validation.required");
  const key = textOf(row, "key");
  // Stored and indexed with the update: a key far longer than any label would break the index.
  if (key.length > MAX_KEY_LENGTH)
    reject(row, "key", "staff:validation.tooLong", { maximum: MAX_KEY_LENGTH });
  const existing = await tx.statusUpdate.findFirst({
    where: {
      projectId: project.id,
      OR: [
        { reportedOn: dayToDate(cells.reportedOn), importKey: key },
        ...(z.uuid().safeParse(key).success ? [{ id: key }] : []),
      ],
    },
    select: selectUpdate,
  });
  return existing
    ? changeRow(tx, context, row, existing, cells, wordings)
    : createRow(tx, context, row, { code, key, lng }, cells, wordings);
}

/** The row's readable cells (an empty one is ""), its texts per language, or its unreadable cells. */
function readRow(row: SheetRow) {
  const problems: RowProblem[] = [];
  const text = (key: string) => {
    const column = updateColumn(key);
    const read = readCell(row.cells.get(key) ?? null, column?.kind ?? "text");
    if ("text" in read) return read.text;
    problems.push({ row: row.line, column: key, value: shownValue(row.cells.get(key)), key: read.problem });
    return "";
  };
  const cells: UpdateCells = {
    reportedOn: text("reportedOn"),
    periodYear: text("periodYear"),
    status: text("status"),
    progress: text("progress"),
    evidenceLinks: text("evidenceLinks")
      .split(/[\s,;]+/)
      .filter(Boolean),
  };
  const wordings: Wordings = {};
  for (const locale of locales)
    for (const field of WORDED) {
      const value = text(`${field}.${locale}`);
      if (value) (wordings[locale] ??= {})[field] = value;
    }
  if (problems.length) throw new RowRejected(problems);
  return { cells, wordings };
}

type Existing = Prisma.StatusUpdateGetPayload<{ select: typeof selectUpdate }>;

const wordingOf = (text: Existing["narrative"] | null, locale: Locale) =>
  text?.translations.find((entry) => entry.locale === locale)?.value ?? "";

async function changeRow(
  tx: Tx,
  context: MutationContext,
  row: SheetRow,
  existing: Existing,
  cells: UpdateCells,
  wordings: Wordings,
): Promise<RowOutcome> {
  const source = existing.narrative.sourceLocale;
  const current = {
    reportedOn: dateToDay(existing.reportedOn),
    periodYear: String(existing.periodYear),
    status: existing.status as string,
    progress: String(existing.progress),
    evidenceLinks: existing.evidenceLinks,
    narrative: wordingOf(existing.narrative, source),
    milestones: wordingOf(existing.milestones, source),
    issues: wordingOf(existing.issues, source),
  };
  const next = {
    reportedOn: cells.reportedOn,
    periodYear: cells.periodYear || current.periodYear,
    status: cells.status || current.status,
    progress: cells.progress || current.progress,
    evidenceLinks: cells.evidenceLinks.length ? cells.evidenceLinks : current.evidenceLinks,
    narrative: wordings[source]?.narrative ?? current.narrative,
    milestones: wordings[source]?.milestones ?? current.milestones,
    issues: wordings[source]?.issues ?? current.issues,
  };
  const translations = translationsOf(wordings, source, existing);
  if (JSON.stringify(next) === JSON.stringify(current) && !translations.length)
    return { kind: "unchanged", audit: [] };
  const version = textOf(row, "version");
  if (version && version !== String(existing.version))
    reject(row, "version", "imports:row.changedSinceExport");
  const input = parsed(
    editStatusUpdateSchema,
    { ...next, locale: source, confirmedUnicode: [], id: existing.id, version: existing.version },
    row,
    source,
  );
  const written = await guarded(row, source, () => writeStatusUpdateChange(tx, input, context));
  const wordingsWritten = await writeTranslations(tx, context, row, existing.id, translations);
  return { kind: "updated", audit: [...written.audit, ...wordingsWritten] };
}

async function createRow(
  tx: Tx,
  context: MutationContext,
  row: SheetRow,
  { code, key, lng }: { code: string; key: string; lng: Locale },
  cells: UpdateCells,
  wordings: Wordings,
): Promise<RowOutcome> {
  // The update's original language: the importer's, when the row has a narrative in it, else the first given.
  const source = [lng, ...locales].find((locale) => wordings[locale]?.narrative);
  if (!source) reject(row, `narrative.${lng}`, "staff:validation.required");
  for (const column of ["status", "progress"] as const)
    if (!cells[column]) reject(row, column, "staff:validation.required");
  const input = parsed(
    createStatusUpdateSchema,
    {
      ...cells,
      periodYear: cells.periodYear || cells.reportedOn.slice(0, 4),
      locale: source,
      narrative: wordings[source]?.narrative ?? "",
      milestones: wordings[source]?.milestones ?? "",
      issues: wordings[source]?.issues ?? "",
      confirmedUnicode: [],
      projectCode: code,
      attachments: [],
    },
    row,
    source,
  );
  const written = await guarded(row, source, () => writeNewStatusUpdate(tx, input, context, key));
  const created = await tx.statusUpdate.findUniqueOrThrow({
    where: { id: written.result.id },
    select: selectUpdate,
  });
  const translations = translationsOf(wordings, source, created);
  const wordingsWritten = await writeTranslations(tx, context, row, created.id, translations);
  return { kind: "created", audit: [...written.audit, ...wordingsWritten] };
}

type Translation = { locale: Locale; field: WordedField; value: string };

/** The row's texts in other languages than the original that differ from what the update has. */
function translationsOf(wordings: Wordings, source: Locale, update: Existing): Translation[] {
  return locales.flatMap((locale) =>
    locale === source
      ? []
      : WORDED.flatMap((field) => {
          const value = wordings[locale]?.[field];
          return value && value !== wordingOf(update[field], locale) ? [{ locale, field, value }] : [];
        }),
  );
}

async function writeTranslations(
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
