// A row of the projects sheet laid over a project's form values: a filled cell replaces the value,
// an empty one leaves it as it is. What comes out is validated by the project forms' own schemas.
import { restoreCell } from "@/lib/http/csv";
import { locales, type Locale } from "@/lib/i18n/settings";
import type { ProjectFormValues } from "@/lib/projects/schemas";
import { projectColumn, type CellKind } from "./project-columns";
import type { Cell } from "./sheet-file";

/** A rejected row: where, what it held, and why (a key with its namespace, and its values). */
export type RowProblem = {
  row: number;
  column: string;
  value: string;
  key: string;
  params?: Record<string, string | number>;
};

type Read = { text: string } | { problem: string };

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A cell as the form would hold it (text), or the reason it cannot be read as its column's kind. */
export function readCell(raw: Cell, kind: CellKind): Read {
  // Text the portal's exports kept from being read as a formula comes back as it was typed.
  const cell = typeof raw === "string" ? restoreCell(raw) : raw;
  if (cell === null) return { text: "" };
  if (typeof cell === "object" && !(cell instanceof Date)) return { problem: `imports:cell.${cell.problem}` };
  switch (kind) {
    case "date":
      if (cell instanceof Date) return { text: isoDay(cell) };
      return typeof cell === "string" && DAY.test(cell.trim())
        ? { text: cell.trim() }
        : { problem: "imports:cell.notADate" };
    case "integer":
      if (typeof cell === "number")
        return Number.isInteger(cell) ? { text: String(cell) } : { problem: "imports:cell.notAWholeNumber" };
      break;
    case "yesNo": {
      const word = String(cell).trim().toLowerCase();
      if (YES.has(word)) return { text: "yes" };
      if (NO.has(word)) return { text: "no" };
      return { problem: "imports:cell.notYesNo" };
    }
  }
  if (cell instanceof Date) return { text: isoDay(cell) };
  return { text: String(cell).trim() };
}

/** What a cell showed, for the problem list. */
export function shownValue(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === "object") return "";
  return String(cell).slice(0, 200);
}

const listOf = (text: string) =>
  text
    .split(/[,;\n]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);

export type Wordings = Partial<Record<Locale, { title?: string; summary?: string }>>;

/**
 * `base` with the row's filled cells laid over it, the titles and summaries the row gives per
 * language, and the cells that could not be read. Funding columns describe a project's single
 * funding line; a project with several is changed in its form, and the sheet's cells for it are refused.
 */
export function overlayRow(
  base: ProjectFormValues,
  cells: Map<string, Cell>,
  line: number,
): { values: ProjectFormValues; wordings: Wordings; problems: RowProblem[] } {
  const values: ProjectFormValues = { ...base, funding: base.funding.map((entry) => ({ ...entry })) };
  const wordings: Wordings = {};
  const problems: RowProblem[] = [];
  for (const [key, cell] of cells) {
    const column = projectColumn(key);
    if (!column || column.readOnly) continue;
    const read = readCell(cell, column.kind);
    if ("problem" in read) {
      problems.push({ row: line, column: key, value: shownValue(cell), key: read.problem });
      continue;
    }
    if (!read.text) continue;
    const [field, part] = key.split(".");
    if ((field === "title" || field === "summary") && locales.includes(part as Locale)) {
      (wordings[part as Locale] ??= {})[field] = read.text;
      continue;
    }
    if (field === "funding") {
      if (values.funding.length > 1) {
        problems.push({ row: line, column: key, value: read.text, key: "imports:cell.severalFundingLines" });
        continue;
      }
      // A new line's source is the one the sheet names (refused by the schema when it names none).
      const funding = values.funding[0] ?? {
        source: "" as never,
        currency: "USD",
        amount: "",
        disbursed: "",
      };
      values.funding = [{ ...funding, [part!]: part === "currency" ? read.text.toUpperCase() : read.text }];
      continue;
    }
    setField(values, key, read.text);
  }
  return { values, wordings, problems };
}

function setField(values: ProjectFormValues, key: string, text: string) {
  switch (key) {
    case "leadCountry":
      values.leadCountryCode = text.toUpperCase();
      return;
    case "countries":
      values.countries = listOf(text).map((code) => code.toUpperCase());
      return;
    case "areas":
    case "paragraphs":
      values[key] = listOf(text);
      return;
    case "sdgTargets":
      values.sdgTargets = listOf(text).join(", ");
      return;
    case "published":
      values.published = text === "yes";
      return;
    case "status":
      values.status = text as ProjectFormValues["status"];
      return;
    case "pillar":
    case "progress":
    case "approvalYear":
    case "batch":
    case "plannedStart":
    case "plannedEnd":
    case "actualStart":
    case "actualEnd":
    case "implementingAgencies":
    case "contactName":
    case "contactEmail":
      values[key] = text;
  }
}

/** The sheet column a form field's problem belongs to. */
export function columnOfField(field: string, locale: Locale): string {
  const [name = "", , part] = field.split(".");
  if (name === "title" || name === "summary") return `${name}.${locale}`;
  if (name === "leadCountryCode") return "leadCountry";
  if (name === "funding") return part ? `funding.${part}` : "funding.amount";
  return projectColumn(name) ? name : "code";
}
