import type { AuditEvent } from "@/generated/prisma/client";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Audit events, newest first. Values are shown as text: nothing stored is ever rendered as markup. */
export async function AuditTable({ events, lng }: { events: AuditEvent[]; lng: Locale }) {
  const t = await getT(lng, "staff");
  if (!events.length) return <p className="text-slate-700">{t("audit.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" data-testid="audit-table">
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              {t("audit.time")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("audit.actor")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("audit.action")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("audit.entity")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("audit.changes")}
            </th>
            <th scope="col" className="py-2">
              {t("audit.address")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {events.map((event) => {
            const changes = Object.entries(
              (event.changes ?? {}) as Record<string, { before: unknown; after: unknown }>,
            );
            return (
              <tr key={String(event.id)}>
                <td className="whitespace-nowrap py-2 pr-4">{formatDateTime(event.occurredAt, lng)}</td>
                <td className="py-2 pr-4">
                  {event.actorEmail ?? (event.actorId ? "" : t("audit.nobody"))}
                  {event.actorRole && (
                    <span className="block text-slate-600">
                      {t(`roles.${event.actorRole}`)}
                      {event.actorCountry ? ` · ${event.actorCountry}` : ""}
                    </span>
                  )}
                </td>
                <td className="py-2 pr-4 font-mono">{event.action}</td>
                <td className="py-2 pr-4">
                  <a
                    href={`/${lng}/admin/audit?entityType=${encodeURIComponent(event.entityType)}&entityId=${encodeURIComponent(event.entityId)}`}
                    className="text-river-700 underline"
                  >
                    {event.entityType} <span className="font-mono text-xs">{event.entityId.slice(0, 8)}</span>
                  </a>
                </td>
                <td className="py-2 pr-4">
                  {changes.length > 0 && (
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
                  )}
                </td>
                <td className="py-2 font-mono text-xs">{event.ip ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
