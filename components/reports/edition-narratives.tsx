import type { AreaView, CountryView } from "@/lib/cooperation/queries";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { EditionNarrativeView } from "@/lib/reports/edition-queries";

/** The countries' narratives per priority area, as issued. */
export async function EditionNarratives({
  narratives,
  countries,
  areas,
  only,
  lng,
}: {
  narratives: EditionNarrativeView[];
  countries: CountryView[];
  areas: AreaView[];
  /** One country's narratives only (the briefing pack's annex). */
  only?: string;
  lng: Locale;
}) {
  const t = await getT(lng, "reports");
  const areaName = (slug: string) => areas.find((area) => area.slug === slug)?.name.value ?? slug;
  const shown = countries.filter((country) =>
    only ? country.code === only : narratives.some((narrative) => narrative.countryCode === country.code),
  );
  return (
    <div className="space-y-4">
      {shown.map((country) => {
        const own = narratives.filter((narrative) => narrative.countryCode === country.code);
        return (
          <section
            key={country.code}
            aria-labelledby={only ? undefined : `narratives-${country.code}`}
            className="space-y-2"
          >
            {!only && (
              <h3 id={`narratives-${country.code}`} className="text-lg font-semibold">
                {country.name.value}
              </h3>
            )}
            {own.length === 0 ? (
              <p>{t("contribution.noNarrative")}</p>
            ) : (
              <dl className="space-y-2">
                {own.map((narrative) => (
                  <div key={narrative.areaSlug} className="break-inside-avoid">
                    <dt className="font-medium">{areaName(narrative.areaSlug)}</dt>
                    <dd className="whitespace-pre-line" lang={narrative.text.locale}>
                      {narrative.text.value}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
