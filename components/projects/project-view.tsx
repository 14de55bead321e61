import { DemoBadge, ProgressBar, StatusBadge } from "./status-badge";
import { UpdateTimeline } from "./update-timeline";
import { Localized } from "@/components/i18n/localized";
import { DownloadLinks } from "@/components/ui/download-links";
import { DataTable } from "@/components/ui/table";
import { TranslationNotice } from "@/components/i18n/translation-note";
import { getCountries } from "@/lib/cooperation/queries";
import { formatDate, formatNumber, formatYear } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ProjectPage } from "@/lib/projects/queries";
import { routes } from "@/lib/routes";
import { PAGE_TITLE } from "@/components/ui/page-header";

function money(value: { toString(): string } | null, currency: string, lng: Locale): string {
  if (value === null) return "—";
  return `${currency} ${formatNumber(Number(value.toString()), lng)}`;
}

/** One project: what it is, where, who pays, which commitments it implements, and its timeline. */
export async function ProjectView({
  project,
  lng,
  editUpdateHref,
  updatesFileHref,
  actions,
}: {
  project: ProjectPage;
  lng: Locale;
  /** Where a status update is corrected, for those who may (null: nobody here may). */
  editUpdateHref: ((id: string) => string) | null;
  /** The status updates as a spreadsheet (staff: to correct and import again). */
  updatesFileHref: (format: "xlsx" | "csv") => string;
  actions?: React.ReactNode;
}) {
  const [t, countries] = await Promise.all([getT(lng, "projects"), getCountries(lng)]);
  const countryName = (code: string) =>
    countries.find((country) => country.code === code)?.name.value ?? code;
  const dates = (start: Date | null, end: Date | null) =>
    start || end
      ? `${start ? formatDate(start, lng, "medium") : "…"} – ${end ? formatDate(end, lng, "medium") : "…"}`
      : "—";
  const fact = (label: string, value: React.ReactNode) => (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-mono">{project.code}</span>
          {project.isDemo && <DemoBadge lng={lng} />}
          {!project.published && (
            <span className="text-xs font-semibold text-rose-800">{t("unpublished")}</span>
          )}
        </p>
        <Localized as="h1" text={project.title} lng={lng} className={PAGE_TITLE} />
        <div className="flex flex-wrap items-center gap-4">
          <StatusBadge status={project.status} lng={lng} />
          <ProgressBar value={project.progress} label={t("project.progress")} />
        </div>
        <p className="text-sm text-slate-600" data-testid="progress-rule">
          {project.updates[0]
            ? t("project.progressFromUpdate", { date: formatDate(project.updates[0].reportedOn, lng) })
            : t("project.progressAsEntered")}
        </p>
        {actions}
        <TranslationNotice lng={lng} texts={[project.title, project.summary]} />
        <Localized as="p" text={project.summary} lng={lng} className="max-w-3xl text-lg" />
      </header>

      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {fact(t("project.lead"), countryName(project.leadCountryCode))}
        {fact(
          t("project.countries"),
          project.countries.map((country) => countryName(country.countryCode)).join(", "),
        )}
        {fact(t("project.pillar"), <Localized text={project.pillar.name} lng={lng} />)}
        {project.areas.length > 0 &&
          fact(
            t("project.areas"),
            project.areas.map((area, index) => (
              <span key={area.slug}>
                {index > 0 && ", "}
                <a href={routes.priorityArea(lng, area.slug)} className="text-river-700 underline">
                  <Localized text={area.name} lng={lng} />
                </a>
              </span>
            )),
          )}
        {fact(
          t("project.approved"),
          `${formatYear(project.approvalYear, lng)}${project.batch ? ` (${t("project.batch", { batch: project.batch })})` : ""}`,
        )}
        {fact(t("project.planned"), dates(project.plannedStart, project.plannedEnd))}
        {fact(t("project.actual"), dates(project.actualStart, project.actualEnd))}
        {project.implementingAgencies &&
          fact(
            t("project.agencies"),
            <span className="whitespace-pre-line">{project.implementingAgencies}</span>,
          )}
        {project.sdgTargets.length > 0 && fact(t("project.sdg"), project.sdgTargets.join(", "))}
        {(project.contactName || project.contactEmail) &&
          fact(
            t("project.contact"),
            <>
              {project.contactName}{" "}
              {project.contactEmail && (
                <a href={`mailto:${project.contactEmail}`} className="text-river-700 underline">
                  {project.contactEmail}
                </a>
              )}
            </>,
          )}
      </dl>

      {project.funding.length > 0 && (
        <section aria-labelledby="funding" className="space-y-2">
          <h2 id="funding" className="text-xl font-semibold">
            {t("project.funding")}
          </h2>
          <DataTable
            caption={t("project.funding")}
            captionHidden
            compact
            rows={project.funding}
            rowKey={(line) => line.id}
            columns={[
              {
                key: "source",
                header: t("project.source"),
                rowHeader: true,
                cell: (line) => t(`funding.${line.source}`),
              },
              {
                key: "amount",
                header: t("project.amount"),
                numeric: true,
                cell: (line) => money(line.amount, line.currency, lng),
              },
              {
                key: "disbursed",
                header: t("project.disbursed"),
                numeric: true,
                cell: (line) => money(line.disbursed, line.currency, lng),
              },
            ]}
          />
        </section>
      )}

      {project.locations.length > 0 && (
        <section aria-labelledby="locations" className="space-y-2">
          <h2 id="locations" className="text-xl font-semibold">
            {t("project.locations")}
          </h2>
          <ul className="text-sm">
            {project.locations.map((location) => (
              <li key={location.id}>
                {location.province}, {countryName(location.countryCode)}
                {location.latitude && location.longitude
                  ? ` (${location.latitude.toString()}, ${location.longitude.toString()})`
                  : ""}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="commitments" className="space-y-2">
        <h2 id="commitments" className="text-xl font-semibold">
          {t("project.commitments")}
        </h2>
        <ul className="space-y-2">
          {project.paragraphs.map((paragraph) => (
            <li key={paragraph.citation} className="text-sm">
              <a
                href={routes.paragraph(lng, paragraph.sectionNumber, paragraph.citation)}
                className="font-mono text-river-700 underline"
              >
                ¶ {paragraph.citation}
              </a>{" "}
              <Localized text={paragraph.body} lng={lng} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="timeline" className="space-y-3">
        <h2 id="timeline" className="text-xl font-semibold">
          {t("project.timeline")}
        </h2>
        {project.updates.length > 0 && <DownloadLinks lng={lng} href={updatesFileHref} />}
        <UpdateTimeline updates={project.updates} lng={lng} editHref={editUpdateHref} />
      </section>
    </article>
  );
}
