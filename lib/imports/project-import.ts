import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditEntry } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { locales, type Locale } from "@/lib/i18n/settings";
import type { MutationContext, Tx } from "@/lib/mutations/define";
import { newProjectState, projectEditState } from "@/lib/projects/form-options";
import {
  checkNewProject,
  checkProjectChange,
  writeNewProject,
  writeProjectChange,
} from "@/lib/projects/mutations";
import {
  createProjectSchema,
  projectInputOf,
  updateProjectSchema,
  type ProjectFormValues,
} from "@/lib/projects/schemas";
import { assertMayTranslate, writeWording, wordingAudit } from "@/lib/translations/wording";
import { assertNoZawgyi } from "@/lib/translations/zawgyi";
import { columnOfField, overlayRow, type Wordings } from "./project-rows";
import { rowRefusals } from "./row-refusals";
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

const includeForImport = {
  title: {
    select: { sourceLocale: true, translations: { select: { locale: true, value: true, status: true } } },
  },
  summary: {
    select: { sourceLocale: true, translations: { select: { locale: true, value: true, status: true } } },
  },
  pillar: { select: { slug: true } },
  areas: { select: { priorityArea: { select: { slug: true } } } },
  paragraphs: { select: { paragraph: { select: { citation: true } } } },
  countries: { select: { countryCode: true } },
  funding: { orderBy: { position: "asc" as const } },
  locations: { orderBy: { position: "asc" as const } },
  updates: { take: 1, select: { reportedOn: true } },
  _count: { select: { updates: true } },
};
type ImportedProject = Prisma.ProjectGetPayload<{ include: typeof includeForImport }>;

type RowContext = {
  tx: Tx;
  context: MutationContext;
  lng: Locale;
  mode: RowMode;
  projectOf: (code: string) => Promise<ImportedProject | null>;
  /**
   * A dry run's projects as its rows would leave them, by code: a later row of the file naming
   * one starts from there, as it would at import.
   */
  planned: Map<string, ProjectState>;
};

/** What a row is laid over and compared with: a project as stored, or as an earlier row left it. */
type ProjectState = { values: ProjectFormValues; texts: ProjectWordings; version: number };

/**
 * Brings the rows of a projects sheet in through the project forms' own checks and writes
 * (schemas, country scope, versions, audit), each row on its own savepoint (./row-loop.ts). A dry
 * run stops each row where its write would begin (`checkNewProject`, `checkProjectChange`), with
 * the projects the sheet names read in batches: a thousand rows are checked in about a second
 * instead of written and rolled back in half a minute (docs/decisions/0028).
 */
export async function importProjectRows(
  tx: Tx,
  context: MutationContext,
  sheet: Sheet,
  lng: Locale,
  mode: RowMode,
  onRow?: RowProgress,
) {
  // An import reads each project when its row comes, so a row sees what the rows before it wrote.
  const named = mode === "check" ? await projectsNamedIn(tx, sheet) : null;
  const projectOf = async (code: string) =>
    named ? (named.get(code) ?? null) : tx.project.findUnique({ where: { code }, include: includeForImport });
  const rows: RowContext = { tx, context, lng, mode, projectOf, planned: new Map() };
  return importRows(tx, sheet, (row) => importRow(rows, row), onRow, { writes: mode === "import" });
}

const READ_BATCH = 500;

async function projectsNamedIn(tx: Tx, sheet: Sheet): Promise<Map<string, ImportedProject>> {
  const codes = [...new Set(sheet.rows.map((row) => textOf(row, "code")).filter(Boolean))];
  const named = new Map<string, ImportedProject>();
  for (let start = 0; start < codes.length; start += READ_BATCH) {
    const batch = await tx.project.findMany({
      where: { code: { in: codes.slice(start, start + READ_BATCH) } },
      include: includeForImport,
    });
    for (const project of batch) named.set(project.code, project);
  }
  return named;
}

async function importRow(rows: RowContext, row: SheetRow): Promise<RowOutcome> {
  const { tx, context, mode } = rows;
  const code = textOf(row, "code");
  if (!code) return createRow(rows, row);
  const project = await rows.projectOf(code);
  if (!project) reject(row, "code", "imports:row.unknownProject");
  const source = project.title.sourceLocale;
  const current = rows.planned.get(code) ?? {
    values: projectEditState(project, source),
    texts: project,
    version: project.version,
  };
  const base = current.values;
  if (!can(context.actor, "projects.import", { countryCode: base.leadCountryCode }))
    reject(row, "code", "imports:row.otherCountry", { country: base.leadCountryCode });

  const { values, wordings, problems } = overlayRow(base, row.cells, row.line);
  if (problems.length) throw new RowRejected(problems);
  const translations = translationsOf(wordings, source, current.texts);
  takeSourceWording(values, wordings, source);
  if (JSON.stringify(values) === JSON.stringify(base) && !translations.length)
    return { kind: "unchanged", audit: [] };
  // A row that would change the project must start from its current version (no lost update); a
  // row that changes nothing is unchanged whatever version it names, so a file imports twice alike.
  const version = textOf(row, "version");
  if (version && version !== String(current.version))
    reject(row, "version", "imports:row.changedSinceExport");

  const input = parsed(
    updateProjectSchema,
    { ...projectInputOf(values), code, version: current.version },
    row,
    source,
  );
  if (mode === "check") {
    const stored = { status: base.status, progress: Number(base.progress), _count: project._count };
    await guarded(row, source, () => checkProjectChange(tx, input, context, stored, "projects.import"));
    await checkTranslations(context, row, translations);
    rows.planned.set(code, {
      values,
      texts: withTranslations(current.texts, translations),
      version: current.version + 1,
    });
    return { kind: "updated", audit: [] };
  }
  const written = await guarded(row, source, () => writeProjectChange(tx, input, context, "projects.import"));
  const wordingsWritten = await writeTranslations(tx, context, row, project, translations);
  const audit = Array.isArray(written.audit) ? written.audit : [written.audit];
  return { kind: "updated", audit: [...audit, ...wordingsWritten] };
}

async function createRow({ tx, context, lng, mode }: RowContext, row: SheetRow): Promise<RowOutcome> {
  const base: ProjectFormValues = {
    ...newProjectState(lng, context.actor!),
    leadCountryCode: context.actor?.countryCode ?? "",
    countries: [],
    funding: [],
  };
  const { values, wordings, problems } = overlayRow(base, row.cells, row.line);
  if (problems.length) throw new RowRejected(problems);
  if (!values.countries.length) values.countries = [values.leadCountryCode];
  // The project's original language: the importer's, when the row has a title in it, else the first given.
  const source = [lng, ...locales].find((locale) => wordings[locale]?.title);
  if (!source) reject(row, `title.${lng}`, "staff:validation.required");
  if (!can(context.actor, "projects.import", { countryCode: values.leadCountryCode }))
    reject(row, "leadCountry", "imports:row.otherCountry", { country: values.leadCountryCode });
  takeSourceWording(values, wordings, source);
  values.locale = source;
  const input = parsed(createProjectSchema, projectInputOf(values), row, source);
  if (mode === "check") {
    await guarded(row, source, () => checkNewProject(tx, input));
    await checkTranslations(context, row, translationsOf(wordings, source, NO_WORDINGS));
    return { kind: "created", audit: [] };
  }
  const written = await guarded(row, source, () => writeNewProject(tx, input));
  const project = await tx.project.findUniqueOrThrow({
    where: { code: written.result.code },
    select: {
      titleId: true,
      summaryId: true,
      title: { select: { translations: { select: { locale: true, value: true } } } },
      summary: { select: { translations: { select: { locale: true, value: true } } } },
    },
  });
  const translations = translationsOf(wordings, source, project);
  const wordingsWritten = await writeTranslations(tx, context, row, project, translations);
  return { kind: "created", audit: [written.audit, ...wordingsWritten] };
}

type ProjectTexts = {
  titleId: string;
  summaryId: string;
  title: { translations: { locale: string; value: string }[] };
  summary: { translations: { locale: string; value: string }[] };
};
type Translation = { locale: Locale; field: "title" | "summary"; value: string };
type ProjectWordings = Pick<ProjectTexts, "title" | "summary">;
/** A project not created yet has no wording in any language. */
const NO_WORDINGS: ProjectWordings = { title: { translations: [] }, summary: { translations: [] } };

/** `texts` with `translations` written over them. */
function withTranslations(texts: ProjectWordings, translations: Translation[]): ProjectWordings {
  const merged = (field: "title" | "summary") => {
    const wordings = new Map(texts[field].translations.map((entry) => [entry.locale, entry.value]));
    for (const translation of translations)
      if (translation.field === field) wordings.set(translation.locale, translation.value);
    return { translations: [...wordings].map(([locale, value]) => ({ locale, value })) };
  };
  return { title: merged("title"), summary: merged("summary") };
}

/** The row's wordings in other languages than the original that differ from what the project has. */
function translationsOf(wordings: Wordings, source: Locale, project: ProjectWordings): Translation[] {
  return locales.flatMap((locale) =>
    locale === source
      ? []
      : (["title", "summary"] as const).flatMap((field) => {
          const value = wordings[locale]?.[field];
          const current = project[field].translations.find((entry) => entry.locale === locale)?.value;
          return value && value !== current ? [{ locale, field, value }] : [];
        }),
  );
}

function takeSourceWording(values: ProjectFormValues, wordings: Wordings, source: Locale) {
  values.title = wordings[source]?.title ?? values.title;
  values.summary = wordings[source]?.summary ?? values.summary;
}

async function writeTranslations(
  tx: Tx,
  context: MutationContext,
  row: SheetRow,
  project: ProjectTexts,
  translations: Translation[],
): Promise<AuditEntry[]> {
  const written = [];
  for (const { locale, field, value } of translations)
    written.push(
      await guarded(row, locale, () => {
        assertNoZawgyi({ [field]: value });
        return writeWording(tx, context, {
          textId: field === "title" ? project.titleId : project.summaryId,
          locale,
          value,
          field,
        });
      }),
    );
  return wordingAudit(written);
}

/** What `writeTranslations` would refuse, with nothing written. */
async function checkTranslations(context: MutationContext, row: SheetRow, translations: Translation[]) {
  for (const { locale, field, value } of translations)
    await guarded(row, locale, async () => {
      assertNoZawgyi({ [field]: value });
      assertMayTranslate(context, locale);
    });
}

const { parsed, guarded } = rowRefusals({
  columnOf: columnOfField,
  project: "code",
  scope: "leadCountry",
  wording: (locale) => `title.${locale}`,
  coded: ["leadCountry", "countries", "pillar", "areas", "paragraphs", "status", "funding.source"],
});
