import "server-only";
import { logEvent } from "@/lib/log";
import { locales } from "@/lib/i18n/settings";
import { PUBLIC } from "@/lib/reads/define";
import { getEdition } from "@/lib/reports/edition-queries";
import { routes } from "@/lib/routes";
import { findChromium } from "./chromium";
import { internalOrigin, printPack } from "./respond";

/**
 * Prints a just-published edition's public pack in every language, one after another, so that the
 * first official to ask gets it at once instead of waiting seconds for Chromium. Runs after the
 * response (Next's `after`); a failed print is logged and printed again on the first request.
 */
export async function printPublicPacksAhead(number: number): Promise<void> {
  if (!findChromium()) return;
  const edition = await getEdition(PUBLIC, number);
  if (!edition) return;
  for (const lng of locales) {
    const started = Date.now();
    try {
      await printPack({
        edition,
        lng,
        pageUrl: `${internalOrigin()}${routes.briefing(lng, number)}`,
        viewer: PUBLIC,
      });
      logEvent("briefing.printedAhead", { edition: number, lng, ms: Date.now() - started });
    } catch (error) {
      logEvent("briefing.printAheadFailed", {
        edition: number,
        lng,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
