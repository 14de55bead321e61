import "server-only";
import Papa from "papaparse";
import type { Locale } from "@/lib/i18n/settings";
import type { MutationContext } from "@/lib/mutations/define";
import type { FieldScope } from "./fields";
import { saveTranslation } from "./mutations";
import { getWorkspace } from "./queries";
import type { TranslationState } from "./schemas";

// A locale's queue as a spreadsheet, for translators who work offline or in their own tools, and
// the filled-in sheet read back: each row saved through the same mutation as the editor (validated,
// authorized, Zawgyi-checked, audited), refused when the text changed since the export.

export const EXCHANGE_COLUMNS = [
  "text_id",
  "field",
  "version",
  "status",
  "source_locale",
  "source",
  "translation",
] as const;
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const MAX_IMPORT_ROWS = 5000;

/** The queue as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Khmer or Thai right). */
export async function queueCsv(locale: Locale, scope: FieldScope, state: TranslationState): Promise<string> {
  const { rows } = await getWorkspace(locale, scope, state, "all");
  const data = rows.map((row) => [
    row.textId,
    `${row.kind} ${row.ref}`,
    row.version ?? "",
    row.status,
    row.sourceLocale,
    row.source,
    row.target ?? "",
  ]);
  return `\uFEFF${Papa.unparse({ fields: [...EXCHANGE_COLUMNS], data })}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ImportProblem = {
  row: number;
  problem: "invalid" | "conflict" | "zawgyi" | "forbidden" | "notFound" | "unavailable";
};
export type ImportSummary = { saved: number; unchanged: number; problems: ImportProblem[] };

/**
 * Saves every row whose translation differs from the one exported, as a draft (or reviewed, when
 * `review`). A refused row changes nothing and is reported by its line in the sheet.
 */
export async function importTranslations(
  context: MutationContext,
  locale: Locale,
  csv: string,
  review: boolean,
): Promise<ImportSummary | "unreadable"> {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const fields = parsed.meta.fields ?? [];
  if (
    !["text_id", "version", "translation"].every((column) => fields.includes(column)) ||
    parsed.data.length > MAX_IMPORT_ROWS
  )
    return "unreadable";
  // The wordings as they stand, so a row handed back unchanged is not saved again (which would
  // turn a reviewed translation back into a draft).
  const ids = parsed.data.map((row) => row.text_id ?? "").filter((id) => UUID.test(id));
  const current = new Map(
    (
      await context.db.textTranslation.findMany({
        where: { textId: { in: ids }, locale },
        select: { textId: true, value: true },
      })
    ).map((row) => [row.textId, row.value]),
  );
  const summary: ImportSummary = { saved: 0, unchanged: 0, problems: [] };
  for (const [index, row] of parsed.data.entries()) {
    const line = index + 2; // the header is line 1
    const value = (row.translation ?? "").trim();
    const version = (row.version ?? "").trim();
    if (!value || current.get(row.text_id ?? "") === value) {
      summary.unchanged++;
      continue;
    }
    const result = await saveTranslation.execute(context, {
      textId: row.text_id,
      locale,
      value,
      version: version === "" ? null : version,
      review,
    });
    if (result.ok) summary.saved++;
    else summary.problems.push({ row: line, problem: problemOf(result) });
  }
  return summary;
}

function problemOf(result: {
  error: string;
  fieldErrors?: Record<string, { key: string }[]>;
}): ImportProblem["problem"] {
  if (result.fieldErrors?.value?.some((problem) => problem.key === "validation.zawgyi")) return "zawgyi";
  if (result.error === "unauthenticated" || result.error === "forbidden") return "forbidden";
  if (result.error === "conflict" || result.error === "notFound" || result.error === "unavailable")
    return result.error;
  return "invalid";
}
