"use client";

import { useTranslation } from "react-i18next";
import { DataTable } from "@/components/ui/table";
import { conflictingFields } from "@/lib/validation/conflict";
import { useAfterSave } from "./use-after-save";

/**
 * What someone else saved meanwhile (as committed), beside what this editor typed; nothing was
 * overwritten. "Load their version" shows the page afresh: forms keyed by their record's version
 * then start from the saved state.
 */
export function ConflictNotice({
  current,
  mine,
  labels = {},
}: {
  current: Record<string, unknown>;
  mine: Record<string, unknown>;
  /** Field names as the form labels them; a field without a label is shown by its name. */
  labels?: Record<string, string>;
}) {
  const { t } = useTranslation("staff");
  const after = useAfterSave();
  const rows = conflictingFields(current, mine);
  return (
    <div className="space-y-2 rounded border border-earth-600 bg-earth-50 p-4" data-testid="conflict">
      <h2 className="font-semibold">{t("conflict.title")}</h2>
      <DataTable
        caption={t("conflict.title")}
        captionHidden
        compact
        rows={rows}
        rowKey={(row) => row.field}
        columns={[
          {
            key: "field",
            header: t("conflict.field"),
            rowHeader: true,
            cell: (row) => labels[row.field] ?? row.field,
          },
          { key: "theirs", header: t("conflict.theirs"), cell: (row) => row.theirs },
          { key: "mine", header: t("conflict.yours"), cell: (row) => row.mine },
        ]}
      />
      <button type="button" onClick={after.refresh} className="text-river-700 underline">
        {t("conflict.reload")}
      </button>
    </div>
  );
}
