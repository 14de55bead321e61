import "server-only";
import type { Db } from "@/lib/db/create-client";
import { locales, type Locale } from "@/lib/i18n/settings";
import { afterFailure } from "@/lib/jobs/retry";
import { logEvent } from "@/lib/log";
import type { Tx } from "@/lib/mutations/define";
import { PUBLIC } from "@/lib/reads/define";
import { routes } from "@/lib/routes";
import { internalOrigin } from "@/lib/http/internal-origin";
import { printPack } from "./respond";

// Printing a published edition's public packs ahead (docs/decisions/0029), so that the first
// official to ask gets the PDF at once instead of waiting seconds for Chromium. The packs to print
// are rows written with the publication; the print job claims due rows with FOR UPDATE SKIP LOCKED
// (one worker per pack however many instances run), retries a failure after 1, 5 then 25 minutes,
// and then marks it failed for a reviewer to retry. A pack not printed yet is still printed on
// request (lib/briefing/respond.ts).

/** Prints one pack; the job's default prints through this server with Chromium. */
export type PackPrinter = (edition: { id: string; number: number }, lng: Locale) => Promise<void>;

export const printPublicPack: PackPrinter = async (edition, lng) => {
  await printPack({
    edition,
    lng,
    pageUrl: `${internalOrigin()}${routes.briefing(lng, edition.number)}`,
    viewer: PUBLIC,
  });
};

/** Queues the public packs of an edition being published, in every language, in its transaction. */
export async function queueBriefingPrints(tx: Tx, editionId: string): Promise<void> {
  await tx.briefingPrint.createMany({
    data: locales.map((locale) => ({ editionId, locale })),
    skipDuplicates: true,
  });
}

/** Prints the packs due at `now` (at most `limit`); returns how many were printed and how many failed. */
export async function runBriefingPrints(db: Db, print: PackPrinter, now: Date, limit = 7) {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ editionId: string; locale: Locale }[]>`
        SELECT "editionId", locale FROM "BriefingPrint"
         WHERE state = 'pending' AND "nextAttemptAt" <= ${now}
         ORDER BY "nextAttemptAt", locale LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      let printed = 0;
      let failed = 0;
      for (const { editionId, locale } of claimed) {
        const where = { editionId_locale: { editionId, locale } };
        const row = await tx.briefingPrint.findUniqueOrThrow({
          where,
          select: { attempts: true, edition: { select: { number: true } } },
        });
        try {
          await print({ id: editionId, number: row.edition.number }, locale);
          await tx.briefingPrint.update({
            where,
            data: { state: "printed", printedAt: new Date(), attempts: { increment: 1 }, lastError: null },
          });
          printed++;
        } catch (error) {
          const attempts = row.attempts + 1;
          const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
          await tx.briefingPrint.update({
            where,
            data: { attempts, lastError, ...afterFailure(attempts, now) },
          });
          logEvent("briefing.printFailed", { edition: row.edition.number, lng: locale, error: lastError });
          failed++;
        }
      }
      return { printed, failed };
    },
    // A pack takes seconds to print: the claim is held while this run's packs print.
    { timeout: 600_000, maxWait: 10_000 },
  );
}
