import { getT } from "@/lib/i18n/server";
import { languageTag, type Locale } from "@/lib/i18n/settings";
import type { WorkspaceRow } from "@/lib/translations/queries";
import { FieldLabel } from "./field-label";
import { StatusBadge } from "./status-badge";

/** The texts of the chosen scope and state: source beside translation, each linked to its editor. */
export async function WorkspaceTable({
  rows,
  locale,
  lng,
  back,
}: {
  rows: WorkspaceRow[];
  locale: Locale;
  lng: Locale;
  back: string;
}) {
  const t = await getT(lng, "translations");
  if (rows.length === 0) return <p data-testid="workspace-empty">{t("workspace.none")}</p>;
  return (
    <table className="w-full table-fixed text-left text-sm" data-testid="workspace">
      <thead className="border-b border-slate-300">
        <tr>
          <th scope="col" className="w-48 py-2 pr-3">
            {t("workspace.field")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("workspace.source")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("workspace.translation")}
          </th>
          <th scope="col" className="w-28 py-2">
            {t("workspace.state")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 align-top">
        {rows.map((row) => (
          <tr key={row.textId}>
            <th scope="row" className="py-2 pr-3 font-normal">
              <a
                href={`/${lng}/staff/translations/${locale}/${row.textId}?back=${encodeURIComponent(back)}`}
                className="font-medium text-river-700 underline"
              >
                <FieldLabel kind={row.kind} reference={row.ref} lng={lng} />
              </a>
            </th>
            <td className="py-2 pr-3">
              <p lang={languageTag[row.sourceLocale]} className="line-clamp-3">
                {row.source}
              </p>
            </td>
            <td className="py-2 pr-3">
              {row.target ? (
                <p lang={languageTag[locale]} className="line-clamp-3">
                  {row.target}
                </p>
              ) : (
                "—"
              )}
            </td>
            <td className="py-2">
              <StatusBadge status={row.status} lng={lng} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
