import "server-only";
import type { ProposalDecision } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import { localize, storedTextSchema, textOf, type LocalizedText } from "@/lib/i18n/localized-text";
import type { Locale } from "@/lib/i18n/settings";
import { defineRead } from "@/lib/reads/define";
import { FIRST_YEAR, LAST_YEAR } from "@/lib/validation/primitives";
import { frozenContributionSchema, reportedProjects, type ReportedProject } from "./contribution";
import { isEditable, isOverdue, REPORT_STATES, type ReportState } from "./workflow";

// The reporting cycle as staff see it: periods, contributions in progress, narratives not yet
// issued. None of it is public (published editions are: edition-queries.ts).

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

export const listPeriods = defineRead("reports.periods", "staff.read", async (): Promise<PeriodSummary[]> => {
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
    const states = Object.fromEntries(REPORT_STATES.map((state) => [state, 0])) as Record<
      ReportState,
      number
    >;
    for (const report of period.reports) states[report.state]++;
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
});

/** The period of `year` (years do not overlap between plans of action). Once per request. */
export const getPeriod = defineRead(
  "reports.period",
  "staff.read",
  async (_viewer, year: number) => {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
    return getDb().reportingPeriod.findFirst({
      where: { year },
      orderBy: { createdAt: "asc" },
      include: {
        plan: { select: { id: true, slug: true } },
        jointListMeeting: { select: { id: true, number: true, startsOn: true } },
      },
    });
  },
  { perRequest: true },
);

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
export const periodProgress = defineRead(
  "reports.progress",
  "staff.read",
  async (_viewer, periodId: string, dueOn: Date, today: Date = new Date()): Promise<CountryProgress[]> => {
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
        AND EXISTS (SELECT 1 FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId"
          WHERE pp."projectId" = p.id AND pa."planId" = pe."planId")
        AND NOT EXISTS (SELECT 1 FROM "JointSignOff" so WHERE so."periodId" = pe.id AND so."projectId" = p.id
          AND so."countryCode" = pc."countryCode")
      GROUP BY pc."countryCode"`,
    ]);
    return reports.map((report) => ({
      countryCode: report.countryCode,
      reportId: report.id,
      state: report.state,
      version: report.version,
      submittedAt: report.submittedAt,
      overdue: isOverdue(report.state as ReportState, dueOn, today),
      unsigned: unsigned.find((row) => row.countryCode === report.countryCode)?.count ?? 0,
    }));
  },
);

export type JointProjectSignOffs = {
  code: string;
  title: LocalizedText;
  leadCountryCode: string;
  countries: string[];
  signed: string[];
};

/** The joint projects a country takes part in for a period, with who has signed so far. */
export const jointProjectsOf = defineRead(
  "reports.jointProjects",
  "staff.read",
  async (
    _viewer,
    period: { id: string; planId: string; year: number },
    countryCode: string,
    lng: Locale,
  ): Promise<JointProjectSignOffs[]> => {
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
  },
);

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

export const getContribution = defineRead(
  "reports.contribution",
  "staff.read",
  async (
    _viewer,
    period: { id: string; planId: string; year: number; cutOff: Date },
    countryCode: string,
    lng: Locale,
  ): Promise<ContributionView | null> => {
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
    const state = report.state;
    const editable = isEditable(state);
    const projects =
      editable || !report.submitted
        ? await reportedProjects(db, period, countryCode)
        : frozenContributionSchema.parse(report.submitted);
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
        text: localize(storedTextSchema.parse(narrative.text), lng),
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
  },
);

export type ProposalView = {
  id: string;
  version: number;
  countryCode: string;
  title: LocalizedText;
  summary: LocalizedText;
  countries: string[];
  estimatedBudgetUsd: string | null;
  decision: ProposalDecision;
};

export const listProposals = defineRead(
  "reports.proposals",
  "staff.read",
  async (_viewer, periodId: string, lng: Locale): Promise<ProposalView[]> => {
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
  },
);

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
