// The columns of the projects sheet: the same in the template, in the staff export and in what the
// import reads, so an exported list edited in a spreadsheet program comes back as it went out.
import { locales, type Locale } from "@/lib/i18n/settings";

export type CellKind = "text" | "integer" | "decimal" | "date" | "list" | "yesNo";

export type SheetColumn = {
  key: string;
  kind: CellKind;
  /** The label's key in the `imports` namespace and its values (a language's name). */
  label: { key: string; language?: Locale };
  /** Characters wide in the sheet. */
  width: number;
  /** Columns the export fills but the import only reads to match and check (never writes). */
  readOnly?: boolean;
};

export const column = (key: string, kind: CellKind, width: number, readOnly = false): SheetColumn => ({
  key,
  kind,
  label: { key: `column.${key}` },
  width,
  readOnly,
});

/** One column per language for a multilingual field, e.g. title.th, title.en. */
export const worded = (field: string, width: number) =>
  locales.map((locale): SheetColumn => ({
    key: `${field}.${locale}`,
    kind: "text",
    label: { key: `column.${field}`, language: locale },
    width,
  }));

export const PROJECT_COLUMNS: readonly SheetColumn[] = [
  column("code", "text", 18, true),
  column("version", "integer", 9, true),
  ...worded("title", 40),
  column("leadCountry", "text", 10),
  column("countries", "list", 16),
  column("pillar", "text", 28),
  column("areas", "list", 28),
  column("paragraphs", "list", 22),
  column("status", "text", 12),
  column("progress", "integer", 10),
  column("approvalYear", "integer", 10),
  column("batch", "integer", 8),
  column("plannedStart", "date", 12),
  column("plannedEnd", "date", 12),
  column("actualStart", "date", 12),
  column("actualEnd", "date", 12),
  column("implementingAgencies", "text", 30),
  column("funding.source", "text", 18),
  column("funding.currency", "text", 10),
  column("funding.amount", "decimal", 14),
  column("funding.disbursed", "decimal", 14),
  column("sdgTargets", "list", 14),
  column("contactName", "text", 20),
  column("contactEmail", "text", 24),
  column("published", "yesNo", 10),
  ...worded("summary", 60),
];

const BY_KEY = new Map(PROJECT_COLUMNS.map((entry) => [entry.key, entry]));

export function projectColumn(key: string): SheetColumn | undefined {
  return BY_KEY.get(key);
}
