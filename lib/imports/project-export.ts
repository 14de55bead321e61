import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { tableCsv, tableWorkbook, type CellValue } from "@/lib/exports/table-file";
import { locales, type Locale } from "@/lib/i18n/settings";
import type { ProjectFilter } from "@/lib/projects/filters";
import { projectWhere } from "@/lib/projects/queries";
import { projectSearch } from "@/lib/projects/search";
import { defineRead, type Viewer } from "@/lib/reads/define";
import { projectFileColumns } from "./sheet-style";

// A project list as a spreadsheet, with the list's filters: the projects sheet's own columns, so
// the file can be edited and imported again (lib/imports/project-import.ts). Written while read,
// 500 projects at a time in code order, so memory stays flat at 10,000 projects.

const BATCH = 500;
const texts = { select: { translations: { select: { locale: true, value: true } } } };
const exportInclude = {
  title: texts,
  summary: texts,
  pillar: { select: { slug: true } },
  areas: { select: { priorityArea: { select: { slug: true } } } },
  paragraphs: { select: { paragraph: { select: { citation: true } } } },
  countries: { select: { countryCode: true } },
  funding: { orderBy: { position: "asc" as const } },
} satisfies Prisma.ProjectInclude;
type ExportedProject = Prisma.ProjectGetPayload<{ include: typeof exportInclude }>;

/** The next projects of the list after `after` (a code) that `viewer` may see: published ones for the public. */
export const projectExportBatch = defineRead(
  "projects.exportBatch",
  "public",
  async (viewer: Viewer, filter: ProjectFilter, after: string | null): Promise<ExportedProject[]> => {
    const search = await projectSearch(filter.q);
    return getDb().project.findMany({
      where: {
        AND: [
          projectWhere(viewer, filter),
          ...(search ? [{ OR: [search.direct, ...(search.named ? [search.named] : [])] }] : []),
          ...(after ? [{ code: { gt: after } }] : []),
        ],
      },
      orderBy: { code: "asc" },
      take: BATCH,
      include: exportInclude,
    });
  },
);

type Value = CellValue;

const day = (value: Date | null) => (value ? new Date(value.toISOString().slice(0, 10)) : null);

/** A project's cells by column key; a project with several funding lines leaves the funding cells empty. */
export function exportRow(project: ExportedProject): Record<string, Value> {
  const wording = (text: ExportedProject["title"], locale: Locale) =>
    text.translations.find((entry) => entry.locale === locale)?.value ?? null;
  const line = project.funding.length === 1 ? project.funding[0]! : null;
  const row: Record<string, Value> = {
    code: project.code,
    version: project.version,
    leadCountry: project.leadCountryCode,
    countries: project.countries.map((country) => country.countryCode).join(", "),
    pillar: project.pillar.slug,
    areas: project.areas.map((area) => area.priorityArea.slug).join(", "),
    paragraphs: project.paragraphs.map((link) => link.paragraph.citation).join(", "),
    status: project.status,
    progress: project.progress,
    approvalYear: project.approvalYear,
    batch: project.batch,
    plannedStart: day(project.plannedStart),
    plannedEnd: day(project.plannedEnd),
    actualStart: day(project.actualStart),
    actualEnd: day(project.actualEnd),
    implementingAgencies: project.implementingAgencies,
    "funding.source": line?.source ?? null,
    "funding.currency": line?.currency ?? null,
    "funding.amount": line ? Number(line.amount) : null,
    "funding.disbursed": line?.disbursed ? Number(line.disbursed) : null,
    sdgTargets: project.sdgTargets.join(", "),
    contactName: project.contactName,
    contactEmail: project.contactEmail,
    published: project.published ? "yes" : "no",
  };
  for (const locale of locales) {
    row[`title.${locale}`] = wording(project.title, locale);
    row[`summary.${locale}`] = wording(project.summary, locale);
  }
  return row;
}

/** The list's rows, a keyset page at a time, read only as the file is written. */
export async function* projectRows(viewer: Viewer, filter: ProjectFilter) {
  let after: string | null = null;
  for (;;) {
    const batch: ExportedProject[] = await projectExportBatch(viewer, filter, after);
    yield batch.map(exportRow);
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.code;
  }
}

/** The list as an XLSX workbook, streamed: dates as dates, amounts as numbers, the header row frozen. */
export async function projectWorkbook(viewer: Viewer, filter: ProjectFilter, lng: Locale) {
  return tableWorkbook("projects", await projectFileColumns(lng), lng, projectRows(viewer, filter));
}

/** The same list as CSV in UTF-8 with a byte-order mark, header keys as the template's; a batch per pull. */
export async function projectCsv(viewer: Viewer, filter: ProjectFilter, lng: Locale) {
  return tableCsv(await projectFileColumns(lng), projectRows(viewer, filter));
}
