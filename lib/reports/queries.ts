import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { localize, textOf, type LocalizedText, type StoredText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import { reportedProjects, type ReportedProject } from "./contribution";
import { isEditable, isOverdue, type ReportState } from "./workflow";

export type PeriodSummary = {
  id: string;
  year: number;
  planSlug: string;
  cutOff: Date;
  dueOn: Date;
  version: number;
  states: Record<ReportState, number>;
  editions: number;
};

export async function listPeriods(): Promise<PeriodSummary[]> {
  const periods = await getDb().reportingPeriod.findMany({
    orderBy: [{ year: "desc" }],
    select: {
      id: true,
      year: true,
      cutOff: true,
      dueOn: true,
      version: true,
      plan: { select: { slug: true } },
      reports: { select: { state: true } },
      _count: { select: { editions: true } },
    },
  });
  return periods.map((period) => {
    const states = { not_started: 0, drafting: 0, submitted: 0, returned: 0, approved: 0 } as Record<
      ReportState,
      number
    >;
    for (const report of period.reports) states[report.state as ReportState]++;
    return {
      id: period.id,
      year: period.year,
      planSlug: period.plan.slug,
      cutOff: period.cutOff,
      dueOn: period.dueOn,
      version: period.version,
      states,
      editions: period._count.editions,
    };
  });
}

/** The period of `year` (years do not overlap between plans of action). */
export const getPeriod = cache(async (year: number) => {
  if (!Number.isInteger(year) || year < 2016 || year > 2100) return null;
  return getDb().reportingPeriod.findFirst({
    where: { year },
    orderBy: { createdAt: "asc" },
    include: {
      plan: { select: { id: true, slug: true } },
      jointListMeeting: { select: { id: true, number: true, startsOn: true } },
    },
  });
});

export type CountryProgress = {
  countryCode: string;
  reportId: string;
  state: ReportState;
  version: number;
  submittedAt: Date | null;
  overdue: boolean;
  /** Joint projects the country takes part in that it has not signed yet. */
  unsigned: number;
};

/** Where every country stands in a period, with what is overdue; counted in SQL. */
export async function periodProgress(
  periodId: string,
  dueOn: Date,
  today = new Date(),
): Promise<CountryProgress[]> {
  const db = getDb();
  const [reports, unsigned] = await Promise.all([
    db.countryReport.findMany({ where: { periodId }, orderBy: { country: { position: "asc" } } }),
    db.$queryRaw<{ countryCode: string; count: number }[]>`
      SELECT pc."countryCode"::text AS "countryCode", count(*)::int AS count
      FROM "ReportingPeriod" pe
      JOIN "Project" p ON p."approvalYear" <= pe.year
      JOIN "ProjectCountry" pc ON pc."projectId" = p.id
      WHERE pe.id = ${periodId}::uuid
        AND (SELECT count(*) FROM "ProjectCountry" other WHERE other."projectId" = p.id) > 1
        AND EXISTS (SELECT 1 FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId" WHERE pp."projectId" = p.id AND pa."planId" = pe."planId")
        AND NOT EXISTS (SELECT 1 FROM "JointSignOff" so WHERE so."periodId" = pe.id AND so."projectId" = p.id AND so."countryCode" = pc."countryCode")
      GROUP BY pc."countryCode"`,
  ]);
  return reports.map((report) => ({
    countryCode: report.countryCode,
    reportId: report.id,
    state: report.state as ReportState,
    version: report.version,
    submittedAt: report.submittedAt,
    overdue: isOverdue(report.state as ReportState, dueOn, today),
    unsigned: unsigned.find((row) => row.countryCode === report.countryCode)?.count ?? 0,
  }));
}

export type JointProjectSignOffs = {
  code: string;
  title: LocalizedText;
  leadCountryCode: string;
  countries: string[];
  signed: string[];
};

/** The joint projects a country takes part in for a period, with who has signed so far. */
export async function jointProjectsOf(
  period: { id: string; planId: string; year: number },
  countryCode: string,
  lng: Locale,
): Promise<JointProjectSignOffs[]> {
  const projects = await getDb().project.findMany({
    where: {
      approvalYear: { lte: period.year },
      countries: { some: { countryCode } },
      paragraphs: { some: { paragraph: { planId: period.planId } } },
    },
    orderBy: { code: "asc" },
    select: {
      code: true,
      leadCountryCode: true,
      title: textOf(lng),
      countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      signOffs: { where: { periodId: period.id }, select: { countryCode: true } },
    },
  });
  return projects
    .filter((project) => project.countries.length > 1)
    .map((project) => ({
      code: project.code,
      title: localize(project.title, lng),
      leadCountryCode: project.leadCountryCode,
      countries: project.countries.map((country) => country.countryCode),
      signed: project.signOffs.map((signOff) => signOff.countryCode),
    }));
}

export type ContributionView = {
  reportId: string;
  countryCode: string;
  state: ReportState;
  version: number;
  editable: boolean;
  /** Live while the contribution is being written; as frozen once submitted. */
  projects: (Omit<ReportedProject, "title"> & { title: LocalizedText })[];
  frozenAt: Date | null;
  narratives: { areaSlug: string; text: LocalizedText; wording: Record<string, string> }[];
  events: { kind: string; comment: string; actorName: string | null; occurredAt: Date }[];
};

export async function getContribution(
  period: { id: string; planId: string; year: number; cutOff: Date },
  countryCode: string,
  lng: Locale,
): Promise<ContributionView | null> {
  const db = getDb();
  const report = await db.countryReport.findUnique({
    where: { periodId_countryCode: { periodId: period.id, countryCode } },
    include: {
      narratives: {
        include: {
          priorityArea: { select: { slug: true } },
          text: {
            select: {
              sourceLocale: true,
              translations: { select: { locale: true, value: true, status: true } },
            },
          },
        },
      },
      events: { orderBy: { occurredAt: "desc" }, include: { actor: { select: { name: true } } } },
    },
  });
  if (!report) return null;
  const state = report.state as ReportState;
  const editable = isEditable(state);
  const projects =
    editable || !report.submitted
      ? await reportedProjects(db, period, countryCode)
      : (report.submitted as unknown as ReportedProject[]);
  return {
    reportId: report.id,
    countryCode,
    state,
    version: report.version,
    editable,
    frozenAt: editable ? null : report.submittedAt,
    projects: projects.map((project) => ({ ...project, title: localize(project.title, lng) })),
    narratives: report.narratives.map((narrative) => ({
      areaSlug: narrative.priorityArea.slug,
      text: localize(narrative.text as StoredText, lng),
      wording: Object.fromEntries(
        narrative.text.translations.map((translation) => [translation.locale, translation.value]),
      ),
    })),
    events: report.events.map((event) => ({
      kind: event.kind,
      comment: event.comment,
      actorName: event.actor?.name ?? null,
      occurredAt: event.occurredAt,
    })),
  };
}

export type ProposalView = {
  id: string;
  version: number;
  countryCode: string;
  title: LocalizedText;
  summary: LocalizedText;
  countries: string[];
  estimatedBudgetUsd: string | null;
  decision: "pending" | "included" | "excluded";
};

export async function listProposals(periodId: string, lng: Locale): Promise<ProposalView[]> {
  const proposals = await getDb().jointProposal.findMany({
    where: { periodId },
    orderBy: [{ countryCode: "asc" }, { createdAt: "asc" }],
    include: { title: textOf(lng), summary: textOf(lng) },
  });
  return proposals.map((proposal) => ({
    id: proposal.id,
    version: proposal.version,
    countryCode: proposal.countryCode,
    title: localize(proposal.title, lng),
    summary: localize(proposal.summary, lng),
    countries: proposal.countries,
    estimatedBudgetUsd: proposal.estimatedBudgetUsd?.toString() ?? null,
    decision: proposal.decision,
  }));
}

/** Foreign Ministers' Meetings, newest first, for marking the joint list approved. */
export async function foreignMinistersMeetings(lng: Locale) {
  const meetings = await getDb().meeting.findMany({
    where: { type: "FMM" },
    orderBy: { startsOn: "desc" },
    select: { id: true, number: true, startsOn: true, venue: textOf(lng) },
  });
  return meetings.map((meeting) => ({
    id: meeting.id,
    number: meeting.number,
    startsOn: meeting.startsOn,
    venue: localize(meeting.venue, lng),
  }));
}
