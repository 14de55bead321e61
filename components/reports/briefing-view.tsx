import { FigurePanels } from "@/components/dashboard/figure-panels";
import { KeyFigures } from "@/components/dashboard/key-figures";
import { StatusBadge } from "@/components/projects/status-badge";
import { Notice } from "@/components/ui/notice";
import { findChromium } from "@/lib/briefing/chromium";
import { getCountries, getPriorityAreas } from "@/lib/cooperation/queries";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { Viewer } from "@/lib/reads/define";
import {
  editionDiff,
  editionFigures,
  editionNarratives,
  notableProjects,
  type Edition,
  type NotableList,
} from "@/lib/reports/edition-queries";
import { EditionChanges } from "./edition-changes";
import { EditionNarratives } from "./edition-narratives";
import { PdfDownload } from "./pdf-download";
import { PrintButton } from "./print-button";

/**
 * The print-ready briefing pack of an edition: cover, key figures, changes, charts with their
 * tables unfolded, and an annex per country, each starting on a new page.
 */
export async function BriefingView({
  viewer,
  edition,
  pdfHref,
  lng,
}: {
  viewer: Viewer;
  edition: Edition;
  pdfHref: string;
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
  const annex = await Promise.all(
    countries.map(async (country) => ({
      country,
      figures: await editionFigures(viewer, edition, { country: country.code }),
      notable: await notableProjects(viewer, edition, country.code, lng),
    })),
  );
  const name = t("edition.name", { year: edition.period.year, number: edition.number });
  const canPdf = findChromium() !== null;
  return (
    <article className="briefing space-y-8" data-testid="briefing">
      <section className="space-y-4 border-b-4 border-river-700 pb-8">
        <p className="text-lg text-river-700">{t("briefing.for")}</p>
        <h1 className="text-4xl font-bold text-river-900">{t("briefing.title")}</h1>
        <p className="text-2xl">{name}</p>
        <p>{t("edition.asOf", { date: formatDate(edition.asOf, lng) })}</p>
        <p className="text-sm text-slate-700">
          {t("briefing.prepared", { number: edition.number, date: formatDate(edition.asOf, lng) })}
        </p>
        {!edition.publishedAt && <Notice tone="warning">{t("edition.unpublished")}</Notice>}
        <div className="no-print flex flex-wrap items-center gap-3">
          <PrintButton label={t("briefing.print")} />
          {canPdf ? (
            <PdfDownload
              href={pdfHref}
              label={t("briefing.pdf")}
              preparing={t("briefing.pdfPreparing")}
              failed={t("briefing.pdfFailed")}
            />
          ) : (
            <p className="text-sm" data-testid="pdf-unavailable">
              {t("briefing.pdfUnavailable")}
            </p>
          )}
        </div>
      </section>
      <nav aria-labelledby="contents" className="space-y-2">
        <h2 id="contents" className="text-xl font-semibold">
          {t("briefing.contents")}
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          <li>
            <a href="#key-figures" className="text-river-700 underline">
              {t("edition.keyFigures")}
            </a>
          </li>
          {diff.previous !== null && (
            <li>
              <a href="#changes" className="text-river-700 underline">
                {t("edition.changesTitle", { number: diff.previous })}
              </a>
            </li>
          )}
          <li>
            <a href="#charts" className="text-river-700 underline">
              {t("edition.byArea")} · {t("edition.byCountry")}
            </a>
          </li>
          <li>
            <a href="#annex" className="text-river-700 underline">
              {t("edition.annexTitle")}
            </a>
            <ol className="list-[lower-alpha] pl-6">
              {countries.map((country) => (
                <li key={country.code}>
                  <a href={`#annex-${country.code}`} className="text-river-700 underline">
                    {country.name.value}
                  </a>
                </li>
              ))}
            </ol>
          </li>
        </ol>
      </nav>
      <section aria-labelledby="key-figures" className="space-y-3">
        <h2 id="key-figures" className="text-2xl font-semibold">
          {t("edition.keyFigures")}
        </h2>
        <KeyFigures totals={result.totals} lng={lng} showUnconfirmed />
      </section>
      {diff.previous !== null && (
        <section aria-labelledby="changes" className="space-y-3">
          <h2 id="changes" className="text-2xl font-semibold">
            {t("edition.changesTitle", { number: diff.previous })}
          </h2>
          <EditionChanges diff={diff} lng={lng} />
        </section>
      )}
      <section aria-labelledby="charts" className="page-break space-y-3">
        <h2 id="charts" className="text-2xl font-semibold">
          {t("edition.byArea")} · {t("edition.byCountry")}
        </h2>
        <FigurePanels
          figures={result}
          countries={countries}
          areas={areas}
          lng={lng}
          drillDown={null}
          measure="projects"
          sections={["status", "area", "country"]}
          tablesOpen
        />
      </section>
      <section aria-labelledby="annex" className="space-y-8">
        <h2 id="annex" className="page-break text-2xl font-semibold">
          {t("edition.annexTitle")}
        </h2>
        {annex.map(({ country, figures: own, notable }) => (
          <section
            key={country.code}
            aria-labelledby={`annex-${country.code}`}
            className="page-break space-y-4"
            data-country={country.code}
          >
            <h3 id={`annex-${country.code}`} className="text-xl font-semibold">
              {country.name.value}
            </h3>
            <KeyFigures totals={own.totals} lng={lng} showUnconfirmed />
            <EditionNarratives
              narratives={narratives}
              countries={countries}
              areas={areas}
              only={country.code}
              lng={lng}
            />
            <div className="grid gap-4 md:grid-cols-2">
              <NotableTable title={t("edition.completed")} list={notable.completed} lng={lng} />
              <NotableTable title={t("edition.overdue")} list={notable.overdue} lng={lng} />
            </div>
          </section>
        ))}
      </section>
    </article>
  );
}

async function NotableTable({ title, list, lng }: { title: string; list: NotableList; lng: Locale }) {
  const t = await getT(lng, "reports");
  return (
    <div className="break-inside-avoid space-y-1">
      <h4 className="font-semibold">
        {title} ({list.total})
      </h4>
      {list.items.length === 0 ? (
        <p className="text-sm">{t("edition.nothing")}</p>
      ) : (
        <ul className="space-y-0.5 text-sm">
          {list.items.map((item) => (
            <li key={item.code}>
              <span className="font-mono text-xs">{item.code}</span>{" "}
              <span lang={item.title.locale}>{item.title.value}</span>{" "}
              <StatusBadge status={item.status} lng={lng} />
            </li>
          ))}
          {list.total > list.items.length && (
            <li>{t("edition.andMore", { count: list.total - list.items.length })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
