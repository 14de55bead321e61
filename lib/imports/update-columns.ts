// The columns of the status-updates sheet: the same in the template and in what the import reads.
// A row is matched by project code, report date and its key (docs/decisions/0028-spreadsheet-import.md).
import { column, worded, type SheetColumn } from "./project-columns";

/** The fields with a column per locale. */
export const UPDATE_WORDED = ["narrative", "milestones", "issues"] as const;

export const UPDATE_COLUMNS: readonly SheetColumn[] = [
  column("project", "text", 18),
  column("reportedOn", "date", 12),
  column("key", "text", 14),
  column("version", "integer", 9, true),
  column("periodYear", "integer", 10),
  column("status", "text", 12),
  column("progress", "integer", 10),
  ...worded("narrative", 60),
  ...worded("milestones", 40),
  ...worded("issues", 40),
  column("evidenceLinks", "list", 40),
];

const BY_KEY = new Map(UPDATE_COLUMNS.map((entry) => [entry.key, entry]));

export function updateColumn(key: string): SheetColumn | undefined {
  return BY_KEY.get(key);
}
