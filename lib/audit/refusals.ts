import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Target } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import type { MutationContext } from "@/lib/mutations/define";
import { logEvent } from "@/lib/log";

/** At most this many refusals are kept per account (or, for anonymous attempts, per address) and hour. */
export const REFUSALS_KEPT_PER_HOUR = 100;

const describe = (target: Target | null | undefined) =>
  !target ? null : "locale" in target ? `locale ${target.locale}` : `country ${target.countryCode ?? "—"}`;

/**
 * Records a refused attempt (no session, or no right for the role, the country or the language):
 * a log line always, and a row admins can read beside the audit trail unless the same account or
 * address has already had its hourly share (a flood cannot fill the table). Rows older than 90 days
 * go as new ones come. Written outside the refused mutation's transaction, which rolled back.
 */
export async function recordRefusal(
  db: Db,
  context: Pick<MutationContext, "actor" | "ip">,
  refusal: { mutation: string; reason: "forbidden" | "unauthenticated"; target?: Target | null },
): Promise<void> {
  const { actor, ip } = context;
  const target = describe(refusal.target);
  logEvent("mutation.refused", {
    mutation: refusal.mutation,
    reason: refusal.reason,
    actorId: actor?.userId ?? null,
    target,
    ip,
  });
  try {
    await db.$executeRaw`
      WITH pruned AS (DELETE FROM "Refusal" WHERE "occurredAt" < now() - interval '90 days')
      INSERT INTO "Refusal" ("actorId", "actorEmail", "actorRole", "actorCountry", mutation, target, reason, ip)
      SELECT ${actor?.userId ?? null}::uuid, ${actor?.email ?? null}, ${actor?.role ?? null}::"Role",
        ${actor?.countryCode ?? null},
        ${refusal.mutation}, ${target}, ${refusal.reason}, ${ip}
      WHERE (
        SELECT count(*) FROM "Refusal"
        WHERE "occurredAt" > now() - interval '1 hour'
          AND ${
            actor
              ? Prisma.sql`"actorId" = ${actor.userId}::uuid`
              : Prisma.sql`"actorId" IS NULL
            AND ip IS NOT DISTINCT FROM ${ip}`
          }
      ) < ${REFUSALS_KEPT_PER_HOUR}`;
  } catch (error) {
    // Losing a refusal record must never turn a refusal into an error page.
    logEvent("refusal.notRecorded", {
      mutation: refusal.mutation,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
