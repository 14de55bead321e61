import { Localized } from "@/components/i18n/localized";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { headingNumber } from "@/lib/plan/numbering";
import type { OutlineSection, PlanOverview } from "@/lib/plan/queries";
import { routes } from "@/lib/routes";

export async function Breadcrumbs({
  lng,
  plan,
  trail,
}: {
  lng: Locale;
  plan: PlanOverview;
  trail: OutlineSection[];
}) {
  const t = await getT(lng, "plan");
  return (
    <nav aria-label={t("section.breadcrumb")} className="no-print mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2 gap-y-1 text-slate-700">
        <li>
          <a href={routes.plan(lng)} className="text-river-700 hover:underline">
            <Localized text={plan.title} lng={lng} />
          </a>
        </li>
        {trail.map((section) => (
          <li key={section.id} className="before:mr-2 before:content-['›']">
            <a href={routes.section(lng, section.number)} className="text-river-700 hover:underline">
              {headingNumber(section.number, lng)} <Localized text={section.title} lng={lng} />
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
