import "server-only";
import type { Db } from "@/lib/db/create-client";
import { logEvent } from "@/lib/log";
import { afterFailure } from "@/lib/jobs/retry";
import type { MailTransport } from "./mailer";

// Delivering the outbox (docs/decisions/0029). Each run claims pending messages with FOR UPDATE
// SKIP LOCKED, so two workers never send the same message; a failure is retried after 1, 5, then
// 25 minutes, and after the fourth attempt the message is marked failed for an admin to retry.

/** Sends what is due at `now`; returns how many were sent and how many failed this time. */
export async function deliverMail(db: Db, transport: MailTransport, now: Date, limit = 20) {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Mail" WHERE state = 'pending' AND "nextAttemptAt" <= ${now}
        ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      let sent = 0;
      let failed = 0;
      for (const { id } of claimed) {
        const mail = await tx.mail.findUniqueOrThrow({ where: { id } });
        try {
          await transport.send(mail);
          await tx.mail.update({
            where: { id },
            data: { state: "sent", sentAt: now, attempts: { increment: 1 } },
          });
          sent++;
        } catch (error) {
          const attempts = mail.attempts + 1;
          const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
          await tx.mail.update({
            where: { id },
            data: { attempts, lastError, ...afterFailure(attempts, now) },
          });
          logEvent("mail.failed", { id, attempts, error: lastError });
          failed++;
        }
      }
      return { sent, failed };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
