import "server-only";
import { changedFields } from "@/lib/audit/record";
import { defineMutation, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { notifySignOffAwaited } from "@/lib/notifications/events";
import { createSourceText } from "@/lib/translations/texts";
import {
  approveJointListSchema,
  decideProposalSchema,
  proposeJointProjectSchema,
  signOffSchema,
} from "./schemas";
import { isEditable, type ReportState } from "./workflow";

const byInputCountry = async (_tx: Tx, input: { countryCode: string }) => ({
  countryCode: input.countryCode,
});

/**
 * The joint project a country may sign for in a period: it implements the period's plan, was
 * approved by that year, has more than one participating country, and the country is one of them.
 * The signing country's contribution must still be open (approval locks its sign-offs too).
 */
async function signableProject(
  tx: Tx,
  input: { periodId: string; projectCode: string; countryCode: string },
) {
  const period = await tx.reportingPeriod.findUnique({
    where: { id: input.periodId },
    select: { id: true, planId: true, year: true },
  });
  const project = await tx.project.findUnique({
    where: { code: input.projectCode },
    select: {
      id: true,
      approvalYear: true,
      countries: { select: { countryCode: true } },
      paragraphs: { select: { paragraph: { select: { planId: true } } } },
    },
  });
  if (!period || !project) throw new MutationError("notFound");
  const countries = project.countries.map((country) => country.countryCode);
  const inPlan =
    project.paragraphs.some(({ paragraph }) => paragraph.planId === period.planId) &&
    project.approvalYear <= period.year;
  if (!inPlan || countries.length < 2 || !countries.includes(input.countryCode)) {
    throw new MutationError("invalid", {
      fieldErrors: { projectCode: [{ key: "validation.notJointParticipant" }] },
    });
  }
  const report = await tx.countryReport.findUnique({
    where: { periodId_countryCode: { periodId: period.id, countryCode: input.countryCode } },
    select: { state: true },
  });
  if (!report || !isEditable(report.state as ReportState)) throw new MutationError("locked");
  return { period, project };
}

export const signOffJointProject = defineMutation({
  name: "reports.signOff",
  permission: "reports.contribute",
  input: signOffSchema,
  scope: byInputCountry,
  async run(tx, input, { actor }) {
    const { period, project } = await signableProject(tx, input);
    const key = { periodId: period.id, projectId: project.id, countryCode: input.countryCode };
    if (await tx.jointSignOff.findUnique({ where: { periodId_projectId_countryCode: key } }))
      throw new MutationError("duplicate");
    await tx.jointSignOff.create({ data: { ...key, signedById: actor?.userId ?? null } });
    await notifySignOffAwaited(
      tx,
      { ...key, year: period.year, projectCode: input.projectCode },
      project.countries.map((country) => country.countryCode),
    );
    return {
      result: {},
      audit: {
        action: "reports.signOff",
        entityType: "Project",
        entityId: project.id,
        changes: { [`signOff.${period.year}.${input.countryCode}`]: { before: null, after: true } },
      },
    };
  },
});

export const withdrawSignOff = defineMutation({
  name: "reports.withdrawSignOff",
  permission: "reports.contribute",
  input: signOffSchema,
  scope: byInputCountry,
  async run(tx, input) {
    const { period, project } = await signableProject(tx, input);
    const { count } = await tx.jointSignOff.deleteMany({
      where: { periodId: period.id, projectId: project.id, countryCode: input.countryCode },
    });
    if (!count) throw new MutationError("notFound");
    return {
      result: {},
      audit: {
        action: "reports.withdrawSignOff",
        entityType: "Project",
        entityId: project.id,
        changes: { [`signOff.${period.year}.${input.countryCode}`]: { before: true, after: null } },
      },
    };
  },
});

/** A country proposes a joint project for next year's list, while the list is not yet approved. */
export const proposeJointProject = defineMutation({
  name: "reports.propose",
  permission: "reports.contribute",
  input: proposeJointProjectSchema,
  scope: byInputCountry,
  async run(tx, input, { actor }) {
    const period = await tx.reportingPeriod.findUnique({
      where: { id: input.periodId },
      select: { jointListMeetingId: true },
    });
    if (!period) throw new MutationError("notFound");
    if (period.jointListMeetingId) throw new MutationError("locked");
    const proposal = await tx.jointProposal.create({
      data: {
        periodId: input.periodId,
        countryCode: input.countryCode,
        titleId: await createSourceText(tx, input.locale, input.title),
        summaryId: await createSourceText(tx, input.locale, input.summary),
        countries: input.countries,
        estimatedBudgetUsd: input.estimatedBudgetUsd,
      },
      select: { id: true },
    });
    return {
      result: { id: proposal.id },
      audit: {
        action: "reports.propose",
        entityType: "JointProposal",
        entityId: proposal.id,
        changes: changedFields(null, { ...input, proposedBy: actor?.email ?? null }, [
          "title",
          "countries",
          "estimatedBudgetUsd",
          "proposedBy",
        ]),
      },
    };
  },
});

/** The coordinator consolidates the list: each proposal included, excluded or back to pending. */
export const decideProposal = defineMutation({
  name: "reports.decideProposal",
  permission: "reports.review",
  input: decideProposalSchema,
  async run(tx, input) {
    const before = await tx.jointProposal.findUnique({
      where: { id: input.id },
      include: { period: { select: { jointListMeetingId: true } } },
    });
    if (!before) throw new MutationError("notFound");
    if (before.period.jointListMeetingId) throw new MutationError("locked");
    const { count } = await tx.jointProposal.updateMany({
      where: { id: input.id, version: input.version },
      data: { decision: input.decision, version: { increment: 1 } },
    });
    if (!count)
      throw new MutationError("conflict", {
        current: { decision: before.decision, version: before.version },
      });
    return {
      result: { version: before.version + 1 },
      audit: {
        action: "reports.decideProposal",
        entityType: "JointProposal",
        entityId: input.id,
        changes: changedFields(before, input, ["decision"]),
      },
    };
  },
});

/** Marks the consolidated list approved at a Foreign Ministers' Meeting; every proposal must be decided. */
export const approveJointList = defineMutation({
  name: "reports.approveJointList",
  permission: "reports.review",
  input: approveJointListSchema,
  affectsPublicPages: true,
  async run(tx, input) {
    const period = await tx.reportingPeriod.findUnique({ where: { id: input.periodId } });
    if (!period) throw new MutationError("notFound");
    const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { type: true } });
    if (meeting?.type !== "FMM")
      throw new MutationError("invalid", {
        fieldErrors: { meetingId: [{ key: "validation.notForeignMinisters" }] },
      });
    const pending = await tx.jointProposal.count({ where: { periodId: period.id, decision: "pending" } });
    if (pending)
      throw new MutationError("incomplete", {
        fieldErrors: { meetingId: [{ key: "validation.proposalsPending", params: { count: pending } }] },
      });
    const { count } = await tx.reportingPeriod.updateMany({
      where: { id: period.id, version: input.version },
      data: { jointListMeetingId: input.meetingId, version: { increment: 1 } },
    });
    if (!count)
      throw new MutationError("conflict", {
        current: { jointListMeetingId: period.jointListMeetingId, version: period.version },
      });
    return {
      result: { version: period.version + 1 },
      audit: {
        action: "reports.approveJointList",
        entityType: "ReportingPeriod",
        entityId: period.id,
        changes: { jointListMeetingId: { before: period.jointListMeetingId, after: input.meetingId } },
      },
    };
  },
});
