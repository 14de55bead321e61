import { FigurePanels } from "@/components/dashboard/figure-panels";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getCountries, getPriorityAreas } from "@/lib/cooperation/queries";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { Viewer } from "@/lib/reads/define";
import { editionDiff, editionFigures, editionNarratives, type Edition } from "@/lib/reports/edition-queries";
import { EditionChanges } from "./edition-changes";
import { DownloadLinks } from "@/components/ui/download-links";
import { EditionNarratives } from "./edition-narratives";

/** A report edition as read on screen: its figures, what changed, and what the countries report. */
export async function EditionView({
  viewer,
  edition,
  briefingHref,
  fileHref,
  actions,
  lng,
}: {
  /** Whose page it is: the public sees published projects only, staff every one (labelled). */
  viewer: Viewer;
  edition: Edition;
  briefingHref: string;
  /** The edition's projects or narratives as a file. */
  fileHref: (table: "projects" | "narratives", format: "xlsx" | "csv") => string;
  actions?: React.ReactNode;
  lng: Locale;
}) {
  const [t, result, diff, narratives, countries, areas] = await Promise.all([
    getT(lng, "reports"),
    editionFigures(viewer, edition),
    editionDiff(viewer, edition, lng),
    editionNarratives(viewer, edition, lng),
    getCountries(lng),
    getPriorityAreas(lng),
  ]);
  return (
    <article className="space-y-8" data-testid="edition">
      <PageHeader
        title={t("edition.name", { year: edition.period.year, number: edition.number })}
        lead={
          <>
            {t("edition.asOf", { date: formatDate(edition.asOf, lng) })} ·{" "}
            {t("edition.issuedOn", { date: formatDate(edition.issuedAt, lng) })}
            {edition.publishedAt && (
              <> · {t("edition.published", { date: formatDate(edition.publishedAt, lng) })}</>
            )}
          </>
        }
      >
        {!edition.publishedAt && (
          <Notice tone="warning" data-testid="unpublished-edition">
            {t("edition.unpublished")}
          </Notice>
        )}
        <p className="no-print">
          <a href={briefingHref} className="font-semibold text-river-700 underline">
            {t("edition.briefing")}
          </a>
        </p>
        {actions}
      </PageHeader>
      <section aria-labelledby="key-figures" className="space-y-3">
        <h2 id="key-figures" className="text-2xl font-semibold">
          {t("edition.keyFigures")}
        </h2>
        <KeyFigures totals={result.totals} lng={lng} showUnconfirmed />
        <DownloadLinks lng={lng} href={(format) => fileHref("projects", format)} />
      </section>
      {diff.previous === null ? (
        <p>{t("edition.firstEdition")}</p>
      ) : (
        <section aria-labelledby="changes" className="space-y-3">
          <h2 id="changes" className="text-2xl font-semibold">
            {t("edition.changesTitle", { number: diff.previous })}
          </h2>
          <EditionChanges diff={diff} lng={lng} />
        </section>
      )}
      <FigurePanels
        figures={result}
        countries={countries}
        areas={areas}
        lng={lng}
        drillDown={null}
        measure="projects"
        sections={["status", "area", "country"]}
      />
      <section aria-labelledby="narratives" className="space-y-3">
        <h2 id="narratives" className="text-2xl font-semibold">
          {t("edition.narrativesTitle")}
        </h2>
        {narratives.length > 0 && (
          <DownloadLinks lng={lng} href={(format) => fileHref("narratives", format)} />
        )}
        <EditionNarratives narratives={narratives} countries={countries} areas={areas} lng={lng} />
      </section>
    </article>
  );
}
