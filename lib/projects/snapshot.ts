import "server-only";
import type { Locale } from "@/lib/i18n/settings";
import type { Tx } from "@/lib/mutations/define";

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** A project as comparable values, for the audit trail's before/after and for conflict views. */
export async function projectSnapshot(tx: Tx, projectId: string, locale: Locale) {
  const project = await tx.project.findUniqueOrThrow({
    where: { id: projectId },
    // Only what the snapshot shows: the search index columns are large and would be read for nothing.
    select: {
      code: true,
      leadCountryCode: true,
      implementingAgencies: true,
      approvalYear: true,
      batch: true,
      plannedStart: true,
      plannedEnd: true,
      actualStart: true,
      actualEnd: true,
      status: true,
      progress: true,
      sdgTargets: true,
      contactName: true,
      contactEmail: true,
      published: true,
      version: true,
      title: { select: { translations: { where: { locale }, select: { value: true } } } },
      summary: { select: { translations: { where: { locale }, select: { value: true } } } },
      pillar: { select: { slug: true } },
      areas: { select: { priorityArea: { select: { slug: true } } } },
      paragraphs: { select: { paragraph: { select: { citation: true } } } },
      countries: { select: { countryCode: true } },
      funding: { orderBy: { position: "asc" } },
      locations: { orderBy: { position: "asc" } },
    },
  });
  return {
    code: project.code,
    title: project.title.translations[0]?.value ?? null,
    summary: project.summary.translations[0]?.value ?? null,
    pillar: project.pillar.slug,
    areas: project.areas.map((area) => area.priorityArea.slug).sort(),
    paragraphs: project.paragraphs.map((link) => link.paragraph.citation).sort(),
    leadCountryCode: project.leadCountryCode,
    countries: project.countries.map((country) => country.countryCode).sort(),
    implementingAgencies: project.implementingAgencies,
    funding: project.funding.map((line) => ({
      source: line.source,
      currency: line.currency,
      amount: line.amount.toString(),
      disbursed: line.disbursed?.toString() ?? null,
    })),
    approvalYear: project.approvalYear,
    batch: project.batch,
    plannedStart: day(project.plannedStart),
    plannedEnd: day(project.plannedEnd),
    actualStart: day(project.actualStart),
    actualEnd: day(project.actualEnd),
    status: project.status,
    progress: project.progress,
    sdgTargets: project.sdgTargets,
    locations: project.locations.map((location) => ({
      countryCode: location.countryCode,
      province: location.province,
      latitude: location.latitude?.toString() ?? null,
      longitude: location.longitude?.toString() ?? null,
    })),
    contactName: project.contactName,
    contactEmail: project.contactEmail,
    published: project.published,
    version: project.version,
  };
}

export type ProjectSnapshot = Awaited<ReturnType<typeof projectSnapshot>>;
export const SNAPSHOT_FIELDS = [
  "title",
  "summary",
  "pillar",
  "areas",
  "paragraphs",
  "leadCountryCode",
  "countries",
  "implementingAgencies",
  "funding",
  "approvalYear",
  "batch",
  "plannedStart",
  "plannedEnd",
  "actualStart",
  "actualEnd",
  "status",
  "progress",
  "sdgTargets",
  "locations",
  "contactName",
  "contactEmail",
  "published",
] as const satisfies readonly (keyof ProjectSnapshot)[];
