import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  changes?: FieldChanges;
};

export type AuditOrigin = { actor: Actor | null; ip: string | null; system?: string };

/** Writes audit events; always called inside the transaction of the change it records. */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  origin: AuditOrigin,
  entries: AuditEntry[],
): Promise<void> {
  if (!entries.length) return;
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      actorId: origin.actor?.userId ?? null,
      actorEmail: origin.actor?.email ?? origin.system ?? null,
      actorRole: origin.actor?.role ?? null,
      actorCountry: origin.actor?.countryCode ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: (entry.changes ?? {}) as Prisma.InputJsonValue,
      ip: origin.ip,
    })),
  });
}

/** The fields whose value differs between `before` and `after` (null stands for "did not exist"). */
export function changedFields<T extends Record<string, unknown>>(
  before: T | null,
  after: T | null,
  fields: (keyof T)[],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const was = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[field as string] = { before: was, after: now };
  }
  return changes;
}
