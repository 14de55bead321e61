import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { defineRead } from "@/lib/reads/define";
import { dayToDate, ignoredIfInvalid, isoDay, searchText } from "@/lib/validation/primitives";

const PAGE_SIZE = 50;
/** Audit event ids are PostgreSQL bigints: a cursor beyond them is no cursor. */
const BIGINT_MAX = 2n ** 63n - 1n;

/** Filters from the address bar; anything malformed is ignored rather than failing the page. */
export const auditFilterSchema = z.object({
  action: ignoredIfInvalid(
    z
      .string()
      .max(80)
      .regex(/^[\w.]+$/),
  ),
  entityType: ignoredIfInvalid(z.string().max(40).regex(/^\w+$/)),
  entityId: ignoredIfInvalid(
    z
      .string()
      .max(80)
      .regex(/^[\w./:-]+$/),
  ),
  actor: searchText(320),
  from: ignoredIfInvalid(isoDay),
  to: ignoredIfInvalid(isoDay),
  before: ignoredIfInvalid(z.coerce.bigint().positive().max(BIGINT_MAX)),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditWhere = (filter: Partial<AuditFilter>): Prisma.AuditEventWhereInput => ({
  ...(filter.action ? { action: filter.action } : {}),
  ...(filter.entityType ? { entityType: filter.entityType } : {}),
  ...(filter.entityId ? { entityId: filter.entityId } : {}),
  ...(filter.actor ? { actorEmail: { contains: filter.actor.toLowerCase() } } : {}),
  ...(filter.from || filter.to
    ? {
        occurredAt: {
          ...(filter.from ? { gte: dayToDate(filter.from) } : {}),
          ...(filter.to ? { lt: new Date(dayToDate(filter.to).getTime() + 86_400_000) } : {}),
        },
      }
    : {}),
  ...(filter.before ? { id: { lt: filter.before } } : {}),
});

/** A page of the audit trail, newest first, and the cursor of the next (older) page. */
export const listAuditEvents = defineRead(
  "audit.list",
  "audit.read",
  async (_viewer, filter: Partial<AuditFilter>) => {
    const rows = await getDb().auditEvent.findMany({
      where: auditWhere(filter),
      orderBy: { id: "desc" },
      take: PAGE_SIZE + 1,
    });
    return {
      events: rows.slice(0, PAGE_SIZE),
      olderCursor: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1]!.id : null,
    };
  },
);

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** The actions and record types that occur, for the filter menus (grouped in SQL). */
export const auditVocabulary = defineRead("audit.vocabulary", "audit.read", async () => {
  const db = getDb();
  const [actions, types] = await Promise.all([
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((row) => row.action), entityTypes: types.map((row) => row.entityType) };
});

/** Refused attempts (lib/audit/refusals.ts), newest first: who tried what, on which country or language. */
export const listRefusals = defineRead(
  "audit.refusals",
  "audit.read",
  async (_viewer, before: bigint | undefined) => {
    const rows = await getDb().refusal.findMany({
      where: before ? { id: { lt: before } } : {},
      orderBy: { id: "desc" },
      take: PAGE_SIZE + 1,
    });
    return {
      refusals: rows.slice(0, PAGE_SIZE),
      olderCursor: rows.length > PAGE_SIZE ? rows[PAGE_SIZE - 1]!.id : null,
    };
  },
);
