import { Localized } from "@/components/i18n/localized";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { ancestors } from "@/lib/plan/outline";
import type { OutlineSection } from "@/lib/plan/queries";
import { routes } from "@/lib/routes";

/** The pillar and priority area a section belongs to (a section inherits its parent's pillar). */
export async function SectionTags({
  section,
  outline,
  lng,
}: {
  section: OutlineSection;
  outline: OutlineSection[];
  lng: Locale;
}) {
  const t = await getT(lng, "plan");
  const pillar = [section, ...ancestors(outline, section).reverse()].find((entry) => entry.pillar)?.pillar;
  if (!pillar && !section.priorityArea) return null;
  return (
    <dl className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm">
      {pillar && (
        <div className="flex gap-2">
          <dt className="text-slate-600">{t("section.pillar")}</dt>
          <dd>
            <Localized text={pillar.name} lng={lng} />
          </dd>
        </div>
      )}
      {section.priorityArea && (
        <div className="flex gap-2">
          <dt className="text-slate-600">{t("section.priorityArea")}</dt>
          <dd>
            <a
              href={routes.priorityArea(lng, section.priorityArea.slug)}
              className="text-river-700 underline"
            >
              <Localized text={section.priorityArea.name} lng={lng} />
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}
