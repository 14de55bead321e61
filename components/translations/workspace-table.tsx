import { DataTable } from "@/components/ui/table";
import { getT } from "@/lib/i18n/server";
import { languageTag, type Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";
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
    <DataTable
      caption={t("workspace.title")}
      captionHidden
      fixed
      testId="workspace"
      rows={rows}
      rowKey={(row) => row.textId}
      columns={[
        {
          key: "field",
          header: t("workspace.field"),
          className: "w-48",
          rowHeader: true,
          cell: (row) => (
            <a
              href={routes.staff.translation(lng, locale, row.textId, back)}
              className="font-medium text-river-700 underline"
            >
              <FieldLabel kind={row.kind} reference={row.ref} lng={lng} />
            </a>
          ),
        },
        {
          key: "source",
          header: t("workspace.source"),
          cell: (row) => (
            <p lang={languageTag[row.sourceLocale]} className="line-clamp-3">
              {row.source}
            </p>
          ),
        },
        {
          key: "translation",
          header: t("workspace.translation"),
          cell: (row) =>
            row.target ? (
              <p lang={languageTag[locale]} className="line-clamp-3">
                {row.target}
              </p>
            ) : (
              "—"
            ),
        },
        {
          key: "state",
          header: t("workspace.state"),
          className: "w-28",
          cell: (row) => <StatusBadge status={row.status} lng={lng} />,
        },
      ]}
    />
  );
}
