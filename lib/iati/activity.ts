// One project as an IATI 2.03 `iati-activity` element. The schema fixes the order of the elements:
// each is appended below in that order, and one that has nothing to say is skipped without moving
// its siblings. Decisions (who reports, which texts, how money is told): docs/decisions/0027.
import { fragment } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { StoredText } from "@/lib/i18n/localized-text";
import { FUNDING_SOURCES, iatiActivityStatus, type FundingSource } from "@/lib/projects/status";
import { dateToDay } from "@/lib/validation/primitives";
import { iatiIdentifier, type ReportingOrg } from "./config";
import type { IatiProject } from "./project-shape";
import { iatiProblems, percentages, type IatiProblem } from "./rules";

export type ActivityContext = {
  org: ReportingOrg;
  /** The portal's public origin, for links to its pages, attachments and vocabulary. */
  origin: string;
  /** Today, YYYY-MM-DD: no actual date and no transaction may be later. */
  today: string;
  /** Each participating country's name in English, by code. */
  countryNames: Record<string, string>;
};

export type ActivityResult = { ok: true; xml: string } | { ok: false; problems: IatiProblem[] };

/** Wordings IATI receives: the source and reviewed translations (drafts and stale ones are not the reporter's word). */
function narratives(parent: XMLBuilder, text: StoredText) {
  const wordings = text.translations
    .filter(
      (wording) => wording.value.trim() && (wording.status === "source" || wording.status === "reviewed"),
    )
    .sort((a, b) => Number(b.status === "source") - Number(a.status === "source"));
  for (const wording of wordings) parent.ele("narrative", { "xml:lang": wording.locale }).txt(wording.value);
}

const english = (parent: XMLBuilder, value: string) =>
  parent.ele("narrative", { "xml:lang": "en" }).txt(value);

/** Funders by source: IATI organisation type (10 government, 40 multilateral, 90 other) and name. */
function funder(source: FundingSource, leadCountry: string) {
  const names: Record<FundingSource, [string, string]> = {
    lmc_special_fund: ["10", "Lancang-Mekong Cooperation Special Fund"],
    national_budget: ["10", `Government of ${leadCountry}`],
    aiib: ["40", "Asian Infrastructure Investment Bank"],
    adb: ["40", "Asian Development Bank"],
    other: ["90", "Other funding"],
  };
  const [type, name] = names[source];
  return { type, name };
}

const earliest = (...days: string[]) => days.sort()[0]!;

export function activityXml(project: IatiProject, context: ActivityContext): ActivityResult {
  const { org, origin, today } = context;
  const identifier = iatiIdentifier(org, project.code);
  const problems = iatiProblems(project, identifier, today);
  if (problems.length) return { ok: false, problems };
  const lead = context.countryNames[project.leadCountryCode] ?? project.leadCountryCode;
  const disbursedAll = project.funding.every(
    (line) => line.disbursed !== null && line.disbursed.gte(line.amount),
  );

  const activity = fragment().ele("iati-activity", {
    "last-updated-datetime": project.updatedAt.toISOString(),
    "xml:lang": project.title.sourceLocale,
  });
  activity.ele("iati-identifier").txt(identifier);
  english(activity.ele("reporting-org", { ref: org.ref, type: org.type }), org.name);
  narratives(activity.ele("title"), project.title);
  narratives(activity.ele("description", { type: "1" }), project.summary);

  // Roles (IATI OrganisationRole): 1 funding, 2 accountable, 4 implementing.
  for (const source of FUNDING_SOURCES.filter((source) =>
    project.funding.some((line) => line.source === source),
  )) {
    const { type, name } = funder(source, lead);
    english(activity.ele("participating-org", { role: "1", type }), name);
  }
  english(activity.ele("participating-org", { role: "2", type: "10" }), `Government of ${lead}`);
  if (project.implementingAgencies.trim()) {
    english(activity.ele("participating-org", { role: "4" }), project.implementingAgencies.trim());
  }

  activity.ele("activity-status", { code: String(iatiActivityStatus(project.status, disbursedAll)) });
  // Types (ActivityDateType): 1 planned start, 2 actual start, 3 planned end, 4 actual end.
  const dates: [string, Date | null][] = [
    ["1", project.plannedStart],
    ["2", project.actualStart],
    ["3", project.plannedEnd],
    ["4", project.actualEnd],
  ];
  for (const [type, date] of dates)
    if (date) activity.ele("activity-date", { type, "iso-date": dateToDay(date) });

  const countries = [
    project.leadCountryCode,
    ...project.countries
      .map((c) => c.countryCode)
      .filter((c) => c !== project.leadCountryCode)
      .sort(),
  ];
  percentages(countries.length).forEach((percentage, index) =>
    activity.ele("recipient-country", { code: countries[index]!, percentage }),
  );

  for (const location of project.locations) {
    const element = activity.ele("location");
    element.ele("name").ele("narrative").txt(location.province);
    element.ele("administrative", { vocabulary: "A4", code: location.countryCode, level: "0" });
    if (location.latitude !== null && location.longitude !== null) {
      element
        .ele("point", { srsName: "http://www.opengis.net/def/crs/EPSG/0/4326" })
        .ele("pos")
        .txt(`${location.latitude.toString()} ${location.longitude.toString()}`);
      // 2: approximate (a province's point, not a site survey).
      element.ele("exactness", { code: "2" });
    }
  }

  // Vocabulary 8: UN Sustainable Development Goal targets; 99: the reporter's own, the LMC priority areas.
  percentages(project.sdgTargets.length).forEach((percentage, index) =>
    activity.ele("sector", { vocabulary: "8", code: project.sdgTargets[index]!, percentage }),
  );
  const areas = project.areas.map((link) => link.priorityArea).sort((a, b) => a.position - b.position);
  percentages(areas.length).forEach((percentage, index) => {
    const area = areas[index]!;
    const sector = activity.ele("sector", {
      vocabulary: "99",
      "vocabulary-uri": `${origin}/api/v1/priority-areas`,
      code: area.slug,
      percentage,
    });
    narratives(sector, area.name);
  });

  // Money as transactions (TransactionType 2 commitment, 3 disbursement), never dated after today.
  const committedOn = earliest(
    dateToDay(
      project.actualStart ?? project.plannedStart ?? new Date(`${project.approvalYear}-01-01T00:00:00Z`),
    ),
    today,
  );
  const lastReport = earliest(dateToDay(project.updates[0]?.reportedOn ?? project.updatedAt), today);
  for (const line of project.funding) {
    const { type, name } = funder(line.source, lead);
    const entries: [string, string, string | null][] = [
      ["2", committedOn, line.amount.gt(0) ? line.amount.toFixed(2) : null],
      ["3", lastReport, line.disbursed?.gt(0) ? line.disbursed.toFixed(2) : null],
    ];
    for (const [code, day, value] of entries) {
      if (!value) continue;
      const transaction = activity.ele("transaction");
      transaction.ele("transaction-type", { code });
      transaction.ele("transaction-date", { "iso-date": day });
      transaction.ele("value", { currency: line.currency, "value-date": day }).txt(value);
      english(transaction.ele("provider-org", { type }), name);
    }
  }

  // Document categories: A12 the activity's web page, A07 review of performance (update evidence).
  const page = activity.ele("document-link", {
    url: `${origin}/en/projects/${project.code}`,
    format: "text/html",
  });
  english(page.ele("title"), "Project page on the LMC Plan Tracker");
  page.ele("category", { code: "A12" });
  for (const update of project.updates) {
    for (const attachment of update.attachments) {
      const link = activity.ele("document-link", {
        url: `${origin}/api/attachments/${attachment.id}`,
        format: attachment.mediaType,
      });
      link.ele("title").ele("narrative").txt(attachment.fileName);
      link.ele("category", { code: "A07" });
      link.ele("document-date", { "iso-date": dateToDay(update.reportedOn) });
    }
  }
  return { ok: true, xml: activity.end({ prettyPrint: true, headless: true }) };
}
