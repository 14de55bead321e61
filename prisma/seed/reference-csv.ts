// Reads the reference tables kept in prisma/seed/data (copied from the project's shared reference
// folder, with their sources): meetings and the names of the cooperation in seven languages.
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { Locale } from "../../generated/prisma/enums";

const DATA_DIR = new URL("./data/", import.meta.url);

function readCsv(file: string): Record<string, string>[] {
  const { data, errors } = Papa.parse<Record<string, string>>(readFileSync(new URL(file, DATA_DIR), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  if (errors.length) throw new Error(`${file}: ${errors[0]!.message} (row ${errors[0]!.row})`);
  return data;
}

const CSV_LOCALE_COLUMNS: Record<Locale, string> = {
  zh: "zh-CN",
  en: "en",
  km: "km",
  lo: "lo",
  my: "my",
  th: "th",
  vi: "vi",
};

/** Values of one row of the names table; cells marked "(not observed)" are left out. */
export type ObservedNames = Partial<Record<Locale, string>>;

export function readNames(): Map<string, ObservedNames> {
  const names = new Map<string, ObservedNames>();
  for (const row of readCsv("names-in-seven-languages.csv")) {
    const values: ObservedNames = {};
    for (const [locale, column] of Object.entries(CSV_LOCALE_COLUMNS) as [Locale, string][]) {
      const cell = row[column]?.trim();
      if (cell && !cell.startsWith("(not observed")) values[locale] = cell;
    }
    names.set(row.item!, values);
  }
  return names;
}

/** "Laos / Lao PDR" → "Laos"; "ລາວ (ສປປ ລາວ)" → "ລາວ": the first of the variants a cell lists. */
export function primaryVariant(cell: string): string {
  return cell
    .split(" / ")[0]!
    .replace(/\s*[（(].*[)）]\s*$/, "")
    .trim();
}

export type MeetingRow = {
  type: "LM" | "FMM" | "SOM";
  number: number;
  startsOn: Date;
  venue: string;
  format: "in_person" | "virtual" | "hybrid";
  coChairs: string;
  theme: string | null;
  outcomes: string | null;
  sourceUrls: string[];
};

const FORMATS: Record<string, MeetingRow["format"]> = {
  "in person": "in_person",
  virtual: "virtual",
  "in person + video": "hybrid",
};

/**
 * The outcome list as readers may see it: the reference table keeps its researcher's doubts in
 * brackets ("(… presumably commended - NOT VERIFIED)"), which are notes for us, not facts to publish.
 */
export function withoutResearchNotes(outcomes: string | undefined): string | null {
  const cleaned = outcomes?.replace(/\s*\([^()]*(NOT VERIFIED|presumably)[^()]*\)/gi, "").trim();
  return cleaned || null;
}

export function readMeetings(): MeetingRow[] {
  return readCsv("meetings.csv").map((row) => {
    const format = FORMATS[row.format!.trim()];
    if (!format) throw new Error(`meetings.csv: unknown format "${row.format}"`);
    return {
      type: row.type as MeetingRow["type"],
      number: Number(row.number),
      startsOn: new Date(`${row.date}T00:00:00Z`),
      venue: row.venue!.trim(),
      format,
      coChairs: row.co_chairs!.trim(),
      theme: row.theme?.trim() || null,
      outcomes: withoutResearchNotes(row.key_outcome_documents),
      sourceUrls: row
        .source_url!.split(";")
        .map((url) => url.trim())
        .filter(Boolean),
    };
  });
}
