import "server-only";
import Papa from "papaparse";
import type { Locale } from "@/lib/i18n/settings";
import type { Viewer } from "@/lib/reads/define";
import { csvText, restoreCell } from "@/lib/http/csv";
import type { FieldScope } from "./fields";
import { getWorkspace } from "./queries";
import type { TranslationState } from "./schemas";

// A locale's queue as a spreadsheet, for translators who work offline or in their own tools, and
// the filled-in sheet read back (the `translations.import` mutation saves its rows).

export const EXCHANGE_COLUMNS = [
  "text_id",
  "field",
  "version",
  "status",
  "source_locale",
  "source",
  "translation",
] as const;
const MAX_IMPORT_ROWS = 5000;

/** The queue as CSV (UTF-8 with a byte-order mark; formula-like cells neutralised, lib/http/csv.ts). */
export async function queueCsv(
  viewer: Viewer,
  locale: Locale,
  scope: FieldScope,
  state: TranslationState,
): Promise<string> {
  const { rows } = await getWorkspace(viewer, locale, scope, state, "all");
  return csvText(
    [...EXCHANGE_COLUMNS],
    rows.map((row) => [
      row.textId,
      `${row.kind} ${row.ref}`,
      row.version ?? "",
      row.status,
      row.sourceLocale,
      row.source,
      row.target ?? "",
    ]),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ImportProblem = {
  row: number;
  problem: "invalid" | "conflict" | "zawgyi" | "forbidden" | "notFound" | "unavailable";
};
export type ImportSummary = { saved: number; unchanged: number; problems: ImportProblem[] };

export type ExchangeRow = {
  /** The line in the sheet (the header is line 1). */
  line: number;
  textId: string | null;
  /** The translation's version when exported; null when there was none; "invalid" when unreadable. */
  version: number | null | "invalid";
  translation: string;
};

/** The rows of a filled-in sheet, or null when it is not one of the workspace's exports (or too long). */
export function readExchangeSheet(csv: string): ExchangeRow[] | null {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const fields = parsed.meta.fields ?? [];
  if (!["text_id", "version", "translation"].every((column) => fields.includes(column))) return null;
  if (parsed.data.length > MAX_IMPORT_ROWS) return null;
  return parsed.data.map((row, index) => {
    const version = (row.version ?? "").trim();
    return {
      line: index + 2,
      textId: UUID.test(row.text_id ?? "") ? row.text_id! : null,
      version: version === "" ? null : /^\d{1,9}$/.test(version) ? Number(version) : "invalid",
      translation: restoreCell((row.translation ?? "").trim()),
    };
  });
}
