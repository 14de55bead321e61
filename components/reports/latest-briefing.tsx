import { ButtonLink } from "@/components/ui/button";
import { findChromium } from "@/lib/briefing/chromium";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { Viewer } from "@/lib/reads/define";
import { listEditions } from "@/lib/reports/edition-queries";
import { routes } from "@/lib/routes";

/**
 * The newest edition's briefing pack, one click from a dashboard: the public's is the newest
 * published edition, staff's the newest issued one (`listEditions` decides by the viewer).
 */
export async function LatestBriefing({
  viewer,
  lng,
  staff,
}: {
  viewer: Viewer;
  lng: Locale;
  staff: boolean;
}) {
  const [t, editions] = await Promise.all([getT(lng, "reports"), listEditions(viewer)]);
  const latest = editions[0];
  if (!latest) return null;
  const page = staff ? routes.staff.briefing : routes.briefing;
  const pdf = staff ? routes.staff.briefingPdf : routes.briefingPdf;
  return (
    <aside
      aria-labelledby="latest-briefing"
      className="no-print flex flex-wrap items-center gap-x-4 gap-y-2 rounded border border-river-600 bg-river-50 px-4 py-3"
      data-testid="latest-briefing"
    >
      <h2 id="latest-briefing" className="font-semibold">
        {t("briefing.latest")}:{" "}
        <span className="font-normal">{t("edition.name", { year: latest.year, number: latest.number })}</span>
      </h2>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={page(lng, latest.number)}>{t("briefing.open")}</ButtonLink>
        {findChromium() !== null && (
          <ButtonLink href={pdf(lng, latest.number)} variant="primary">
            {t("briefing.pdf")}
          </ButtonLink>
        )}
      </div>
    </aside>
  );
}
