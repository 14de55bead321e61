import "server-only";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { locales, type Locale } from "@/lib/i18n/settings";
import type { MutationContext, Tx } from "@/lib/mutations/define";
import { createStatusUpdateSchema, editStatusUpdateSchema } from "@/lib/projects/schemas";
import {
  checkNewStatusUpdate,
  checkStatusUpdateChange,
  writeNewStatusUpdate,
  writeStatusUpdateChange,
} from "@/lib/projects/update-mutations";
import { dateToDay, dayToDate } from "@/lib/validation/primitives";
import { readCell, shownValue, type RowProblem } from "./project-rows";
import {
  importRows,
  reject,
  RowRejected,
  textOf,
  type RowMode,
  type RowOutcome,
  type RowProgress,
} from "./row-loop";
import type { Sheet, SheetRow } from "./sheet-file";
import { UPDATE_WORDED as WORDED, updateColumn } from "./update-columns";
import { guarded, parsed } from "./update-refusals";
import {
  checkTranslations,
  plannedUpdate,
  selectUpdate,
  translationsOf,
  wordingOf,
  writeTranslations,
  type Existing,
  type Wordings,
} from "./update-wordings";

const MAX_KEY_LENGTH = 100;

/** The plain fields of an update as the sheet and the form hold them (text). */
type UpdateCells = {
  reportedOn: string;
  periodYear: string;
  status: string;
  progress: string;
  evidenceLinks: string[];
};

type RowContext = {
  tx: Tx;
  context: MutationContext;
  lng: Locale;
  mode: RowMode;
  /**
   * A dry run's updates as its rows would leave them, by id and by project, date and key: a later
   * row of the file finding the same update starts from there, as it would at import.
   */
  planned: Map<string, Existing>;
};

/**
 * Brings the rows of a status-updates sheet in through the update forms' own checks and writes.
 * A row is the update of its project with its report date and key
 * (docs/decisions/0028-spreadsheet-import.md): found, it is corrected in the columns the sheet
 * fills; not found, it is created with that key. A key that is an update's id (as the portal's
 * exports give it) finds that update whatever its date. A dry run stops each row where its write
 * would begin (`checkNewStatusUpdate`, `checkStatusUpdateChange`) and writes nothing.
 */
export function importUpdateRows(
  tx: Tx,
  context: MutationContext,
  sheet: Sheet,
  lng: Locale,
  mode: RowMode,
  onRow?: RowProgress,
) {
  const rows: RowContext = { tx, context, lng, mode, planned: new Map() };
  return importRows(tx, sheet, (row) => importRow(rows, row), onRow, { writes: mode === "import" });
}

async function importRow(rows: RowContext, row: SheetRow): Promise<RowOutcome> {
  const { tx, context } = rows;
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
  // In a dry run, what an earlier row made of the update is newer than what is stored.
  const plannedKey = `${project.id}|${cells.reportedOn}|${key}`;
  const found = (existing && rows.planned.get(existing.id)) ?? existing ?? rows.planned.get(plannedKey);
  const outcome = found
    ? await changeRow(rows, row, { projectId: project.id, existing: found }, cells, wordings)
    : await createRow(rows, row, { code, key }, cells, wordings);
  if (rows.mode === "check" && outcome.planned) {
    rows.planned.set(outcome.planned.id, outcome.planned);
    rows.planned.set(plannedKey, outcome.planned);
  }
  return outcome;
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

/** A row's outcome, with the update as a dry run's row leaves it (for later rows of the file). */
type UpdateOutcome = RowOutcome & { planned?: Existing };

async function changeRow(
  { tx, context, mode }: RowContext,
  row: SheetRow,
  { projectId, existing }: { projectId: string; existing: Existing },
  cells: UpdateCells,
  wordings: Wordings,
): Promise<UpdateOutcome> {
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
  if (mode === "check") {
    await guarded(row, source, () => checkStatusUpdateChange(tx, input, { projectId, ...existing }));
    // A correction gives the update the milestones or issues it names in the original language.
    await checkTranslations(context, row, translations, (field) => Boolean(existing[field] ?? input[field]));
    return { kind: "updated", audit: [], planned: plannedUpdate(input, existing, translations) };
  }
  const written = await guarded(row, source, () => writeStatusUpdateChange(tx, input, context));
  const wordingsWritten = await writeTranslations(tx, context, row, existing.id, translations);
  return { kind: "updated", audit: [...written.audit, ...wordingsWritten] };
}

async function createRow(
  { tx, context, lng, mode }: RowContext,
  row: SheetRow,
  { code, key }: { code: string; key: string },
  cells: UpdateCells,
  wordings: Wordings,
): Promise<UpdateOutcome> {
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
  if (mode === "check") {
    await guarded(row, source, () => checkNewStatusUpdate(tx, input));
    const translations = translationsOf(wordings, source, plannedUpdate(input, null, []));
    await checkTranslations(context, row, translations, (field) => Boolean(input[field]));
    return { kind: "created", audit: [], planned: plannedUpdate(input, null, translations) };
  }
  const written = await guarded(row, source, () => writeNewStatusUpdate(tx, input, context, key));
  const created = await tx.statusUpdate.findUniqueOrThrow({
    where: { id: written.result.id },
    select: selectUpdate,
  });
  const translations = translationsOf(wordings, source, created);
  const wordingsWritten = await writeTranslations(tx, context, row, created.id, translations);
  return { kind: "created", audit: [...written.audit, ...wordingsWritten] };
}
