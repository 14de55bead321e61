import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { ListTable } from "@/lib/exports/route";
import type { FileRow } from "@/lib/exports/table-file";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { defineRead } from "@/lib/reads/define";
import { auditFilterSchema, auditWhere, type AuditFilter } from "./queries";

const BATCH = 1_000;

/** The next entries of the filtered trail after `before` (an id), newest first. */
export const auditExportBatch = defineRead(
  "audit.exportBatch",
  "audit.read",
  async (_viewer, filter: Partial<AuditFilter>, before: bigint | null) =>
    getDb().auditEvent.findMany({
      where: auditWhere({ ...filter, before: before ?? filter.before }),
      orderBy: { id: "desc" },
      take: BATCH,
    }),
);

async function* auditRows(actor: Actor, filter: Partial<AuditFilter>): AsyncGenerator<FileRow[]> {
  let before: bigint | null = null;
  for (;;) {
    const batch: Awaited<ReturnType<typeof auditExportBatch>> = await auditExportBatch(actor, filter, before);
    yield batch.map((event) => ({
      id: Number(event.id),
      time: event.occurredAt,
      actor: event.actorEmail,
      role: event.actorRole,
      country: event.actorCountry,
      action: event.action,
      entity: `${event.entityType} ${event.entityId}`,
      changes: JSON.stringify(event.changes),
      address: event.ip,
    }));
    if (batch.length < BATCH) return;
    before = batch.at(-1)!.id;
  }
}

/** The audit trail with the page's filters, every matching entry (not one page), as a file. */
export async function auditTable(
  actor: Actor,
  query: Record<string, string>,
  lng: Locale,
): Promise<ListTable> {
  const filter = auditFilterSchema.parse(query);
  const t = await getT(lng, "staff");
  return {
    nameParts: ["audit", filter.action, filter.entityType, filter.from, filter.to],
    sheetName: "audit",
    columns: [
      { key: "id", header: "#", width: 10, kind: "integer" },
      { key: "time", header: t("audit.time"), width: 20, kind: "dateTime" },
      { key: "actor", header: t("audit.actor"), width: 28 },
      { key: "role", header: t("users.columns.role"), width: 12 },
      { key: "country", header: t("users.columns.country"), width: 8 },
      { key: "action", header: t("audit.action"), width: 24 },
      { key: "entity", header: t("audit.entity"), width: 40 },
      { key: "changes", header: t("audit.changes"), width: 80 },
      { key: "address", header: t("audit.address"), width: 16 },
    ],
    rows: auditRows(actor, filter),
  };
}
