import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { projectFormOptions } from "@/lib/projects/form-options";
import { FUNDING_SOURCES, PROJECT_STATUSES } from "@/lib/projects/status";
import { FROZEN_HEADER, styleHeader } from "@/lib/exports/table-file";
import { projectSheetColumns, updateSheetColumns } from "./sheet-style";

type Reference = { name: string; rows: { code: string; name: string }[] };

/** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

/**
 * The workbook a secretariat fills in: empty projects and status-updates sheets with headers in
 * `lng` (each with its key), and reference sheets listing the valid codes with their names in `lng`. The status,
 * pillar and yes/no columns offer their codes as a drop-down list.
 */
export async function projectTemplate(lng: Locale, actor: Actor): Promise<Buffer> {
  const [t, tp, options] = await Promise.all([
    getT(lng, "imports"),
    getT(lng, "projects"),
    projectFormOptions(lng, actor, null),
  ]);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "LMC Plan Tracker";
  const projects = workbook.addWorksheet(sheetName(t("sheet.projects")), { views: FROZEN_HEADER });
  projects.columns = await projectSheetColumns(lng);
  styleHeader(projects);
  const updates = workbook.addWorksheet(sheetName(t("sheet.updates")), { views: FROZEN_HEADER });
  updates.columns = await updateSheetColumns(lng);
  styleHeader(updates);

  const references: Record<string, Reference> = {
    leadCountry: { name: t("sheet.countries"), rows: options.countries },
    pillar: {
      name: t("sheet.pillars"),
      rows: options.pillars.map((o) => ({ code: o.value, name: o.label })),
    },
    areas: { name: t("sheet.areas"), rows: options.areas.map((o) => ({ code: o.value, name: o.label })) },
    status: {
      name: t("sheet.statuses"),
      rows: PROJECT_STATUSES.map((status) => ({ code: status, name: tp(`status.${status}`) })),
    },
    "funding.source": {
      name: t("sheet.fundingSources"),
      rows: FUNDING_SOURCES.map((source) => ({ code: source, name: tp(`funding.${source}`) })),
    },
    paragraphs: {
      name: t("sheet.paragraphs"),
      rows: options.paragraphGroups.flatMap((group) =>
        group.items.map((item) => ({ code: item.citation, name: `${group.number} ${item.text}` })),
      ),
    },
  };
  for (const reference of Object.values(references)) {
    const sheet = workbook.addWorksheet(sheetName(reference.name), { views: FROZEN_HEADER });
    sheet.columns = [
      { header: t("sheet.code"), key: "code", width: 24 },
      { header: t("sheet.name"), key: "name", width: 90 },
    ];
    sheet.addRows(reference.rows);
    styleHeader(sheet);
  }

  // Drop-down lists on the first thousand rows, drawn from the reference sheets.
  const listFrom = (reference: Reference) =>
    `'${sheetName(reference.name).replace(/'/g, "''")}'!$A$2:$A$${reference.rows.length + 1}`;
  const lists: [string, string][] = [
    ["leadCountry", listFrom(references.leadCountry!)],
    ["pillar", listFrom(references.pillar!)],
    ["status", listFrom(references.status!)],
    ["funding.source", listFrom(references["funding.source"]!)],
    ["published", '"yes,no"'],
  ];
  const updateLists: [string, string][] = [["status", listFrom(references.status!)]];
  for (const [sheet, entries] of [
    [projects, lists],
    [updates, updateLists],
  ] as const)
    for (const [key, formula] of entries) {
      const column = sheet.getColumn(key);
      for (let row = 2; row <= 1001; row++)
        sheet.getCell(row, column.number).dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [formula],
        };
    }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
