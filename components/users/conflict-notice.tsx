"use client";

import { useTranslation } from "react-i18next";

/** What someone else saved meanwhile, beside what this editor typed; nothing was overwritten. */
export function ConflictNotice({
  current,
  mine,
  onReload,
}: {
  current: Record<string, unknown>;
  mine: Record<string, string>;
  onReload: () => void;
}) {
  const { t } = useTranslation("staff");
  const fields = Object.keys(current).filter(
    (field) => field !== "version" && field in mine && String(current[field] ?? "") !== (mine[field] ?? ""),
  );
  return (
    <div className="space-y-2 rounded border border-earth-600 bg-earth-50 p-4" data-testid="conflict">
      <h2 className="font-semibold">{t("conflict.title")}</h2>
      <table className="text-sm">
        <thead>
          <tr>
            <th scope="col" className="pr-4 text-left">
              {t("conflict.field")}
            </th>
            <th scope="col" className="pr-4 text-left">
              {t("conflict.theirs")}
            </th>
            <th scope="col" className="text-left">
              {t("conflict.yours")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field}>
              <th scope="row" className="pr-4 text-left font-medium">
                {field}
              </th>
              <td className="pr-4">{String(current[field] ?? "—")}</td>
              <td>{mine[field] || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onReload} className="text-river-700 underline">
        {t("conflict.reload")}
      </button>
    </div>
  );
}
