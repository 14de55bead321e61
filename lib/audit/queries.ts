import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";

const PAGE_SIZE = 50;
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** Filters from the address bar; anything malformed is ignored rather than failing the page. */
export const auditFilterSchema = z.object({
  action: z
    .string()
    .max(80)
    .regex(/^[\w.]*$/)
    .optional()
    .catch(undefined),
  entityType: z.string().max(40).regex(/^\w*$/).optional().catch(undefined),
  entityId: z.string().max(80).optional().catch(undefined),
  actor: z.string().trim().max(320).optional().catch(undefined),
  from: day,
  to: day,
  before: z.coerce.bigint().positive().optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export async function listAuditEvents(filter: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
    ...(filter.from || filter.to
      ? {
          occurredAt: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
            ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const rows = await getDb().auditEvent.findMany({
    where: { ...where, ...(filter.before ? { id: { lt: filter.before } } : {}) },
    orderBy: { id: "desc" },
    take: PAGE_SIZE + 1,
  });
  return {
    events: rows.slice(0, PAGE_SIZE),
    olderCursor: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1]!.id : null,
  };
}

/** The actions and record types that occur, for the filter menus (grouped in SQL). */
export async function auditVocabulary() {
  const db = getDb();
  const [actions, types] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((row) => row.action), entityTypes: types.map((row) => row.entityType) };
}
