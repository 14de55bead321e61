import { DataTable } from "@/components/ui/table";
import type { AuditEventRow } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Audit events, newest first. Values are shown as text: nothing stored is ever rendered as markup. */
export async function AuditTable({ events, lng }: { events: AuditEventRow[]; lng: Locale }) {
  const t = await getT(lng, "staff");
  if (!events.length) return <p className="text-slate-700">{t("audit.empty")}</p>;
  return (
    <DataTable
      caption={t("audit.title")}
      captionHidden
      testId="audit-table"
      rows={events}
      rowKey={(event) => String(event.id)}
      columns={[
        {
          key: "time",
          header: t("audit.time"),
          className: "whitespace-nowrap",
          cell: (event) => <span className="whitespace-nowrap">{formatDateTime(event.occurredAt, lng)}</span>,
        },
        {
          key: "actor",
          header: t("audit.actor"),
          cell: (event) => (
            <>
              {event.actorEmail ?? (event.actorId ? "" : t("audit.nobody"))}
              {event.actorRole && (
                <span className="block text-slate-600">
                  {t(`roles.${event.actorRole}`)}
                  {event.actorCountry ? ` · ${event.actorCountry}` : ""}
                </span>
              )}
            </>
          ),
        },
        {
          key: "action",
          header: t("audit.action"),
          cell: (event) => <span className="font-mono">{event.action}</span>,
        },
        {
          key: "entity",
          header: t("audit.entity"),
          cell: (event) => (
            <a
              href={routes.admin.audit(lng, { entityType: event.entityType, entityId: event.entityId })}
              className="text-river-700 underline"
            >
              {event.entityType} <span className="font-mono text-xs">{event.entityId.slice(0, 8)}</span>
            </a>
          ),
        },
        {
          key: "changes",
          header: t("audit.changes"),
          cell: (event) => {
            const changes = Object.entries(
              (event.changes ?? {}) as Record<string, { before: unknown; after: unknown }>,
            );
            return changes.length > 0 ? (
              <dl className="space-y-0.5">
                {changes.map(([field, change]) => (
                  <div key={field}>
                    <dt className="inline font-medium">{field}: </dt>
                    <dd className="inline">
                      <span className="text-slate-600 line-through">{show(change.before)}</span> →{" "}
                      {show(change.after)}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null;
          },
        },
        {
          key: "address",
          header: t("audit.address"),
          cell: (event) => <span className="font-mono text-xs">{event.ip ?? "—"}</span>,
        },
      ]}
    />
  );
}
