import { cookies } from "next/headers";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { briefingPdf } from "@/lib/briefing/respond";
import { internalOrigin } from "@/lib/http/internal-origin";
import { refusal } from "@/lib/http/plain-response";
import { defaultLocale, isLocale } from "@/lib/i18n/settings";
import { getEdition } from "@/lib/reports/edition-queries";
import { routes } from "@/lib/routes";

/**
 * The briefing pack of any edition, published or not, for staff: Chromium prints the staff page
 * with the requester's own session, so it sees exactly what the requester may see.
 */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/[lng]/staff/reports/editions/[number]/briefing.pdf">,
) {
  const { lng: raw, number } = await params;
  const lng = isLocale(raw) ? raw : defaultLocale;
  const actor = await getActor();
  if (!can(actor, "staff.read")) return refusal(403, lng);
  const edition = isLocale(raw) && /^\d{1,7}$/.test(number) ? await getEdition(actor, Number(number)) : null;
  if (!edition) return refusal(404, lng);
  const session = (await cookies()).getAll().map(({ name, value }) => ({ name, value }));
  return briefingPdf({
    edition,
    lng,
    pageUrl: `${internalOrigin()}${routes.staff.briefing(lng, edition.number)}`,
    viewer: actor,
    cookies: session,
  });
}
