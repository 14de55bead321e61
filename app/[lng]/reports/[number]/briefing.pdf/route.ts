import { briefingPdf } from "@/lib/briefing/respond";
import { internalOrigin } from "@/lib/http/internal-origin";
import { refusal } from "@/lib/http/plain-response";
import { defaultLocale, isLocale } from "@/lib/i18n/settings";
import { PUBLIC } from "@/lib/reads/define";
import { getEdition } from "@/lib/reports/edition-queries";
import { routes } from "@/lib/routes";

/** The published briefing pack as a PDF, printed from its public page. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[lng]/reports/[number]/briefing.pdf">,
) {
  const { lng: raw, number } = await params;
  const lng = isLocale(raw) ? raw : defaultLocale;
  const edition = isLocale(raw) && /^\d{1,7}$/.test(number) ? await getEdition(PUBLIC, Number(number)) : null;
  if (!edition) return refusal(404, lng);
  return briefingPdf({
    edition,
    lng,
    pageUrl: `${internalOrigin()}${routes.briefing(lng, edition.number)}`,
    viewer: PUBLIC,
  });
}
