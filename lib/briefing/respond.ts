import "server-only";
import { plainText } from "@/lib/http/plain-response";
import { logEvent } from "@/lib/log";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { audienceOf } from "@/lib/projects/visibility";
import type { Viewer } from "@/lib/reads/define";
import type { Edition } from "@/lib/reports/edition-queries";
import { cachedPdf, PdfUnavailable, printToPdf } from "./pdf";

/**
 * The briefing pack of an edition as a PDF download: printed once by Chromium from `pageUrl`, then
 * served from the cache (editions never change). The cache key names the edition's id, so a reset
 * database never meets a pack printed from an older one.
 */
export async function briefingPdf({
  edition,
  lng,
  pageUrl,
  viewer,
  cookies = [],
}: {
  edition: Edition;
  lng: Locale;
  pageUrl: string;
  /** Whose pack: the public's counts published projects only, staff's every one; cached apart. */
  viewer: Viewer;
  cookies?: { name: string; value: string }[];
}): Promise<Response> {
  const audience = audienceOf(viewer);
  let pdf: Buffer;
  try {
    pdf = await printPack({ edition, lng, pageUrl, viewer, cookies });
  } catch (error) {
    const t = await getT(lng, "reports");
    if (error instanceof PdfUnavailable) return plainText(503, t("briefing.pdfUnavailable"));
    logEvent("briefing.printFailed", {
      edition: edition.number,
      lng,
      error: error instanceof Error ? error.message : String(error),
    });
    // The pack exists and may print next time: "try again later", not a server error.
    return plainText(503, t("briefing.pdfFailed"), { "Retry-After": "60" });
  }
  const name = `lmc-progress-report-${edition.period.year}-edition-${edition.number}-${lng}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": audience === "public" ? "public, max-age=3600" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * The pack itself: from the cache, or printed now. The cache key names the edition's id, the
 * language and the audience (the public's pack counts published projects only).
 */
export function printPack({
  edition,
  lng,
  pageUrl,
  viewer,
  cookies = [],
}: {
  edition: Pick<Edition, "id">;
  lng: Locale;
  pageUrl: string;
  viewer: Viewer;
  cookies?: { name: string; value: string }[];
}): Promise<Buffer> {
  const key = `edition-${edition.id}-${lng}-${audienceOf(viewer)}`;
  return cachedPdf(key, () => printToPdf(pageUrl, cookies));
}
