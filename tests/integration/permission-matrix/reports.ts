// The permission matrix's rows for country reports, editions, joint projects and briefing packs:
// who may run each mutation on a record of their own country or another's, and the input it is
// tried with (../permission-matrix.test.ts).
import { createFixturePlan } from "../../support/plans";
import { createTestPeriod, issueTestEdition, moveReport, run } from "../../support/reports";
import { publishEdition } from "@/lib/reports/edition-mutations";
import { proposeJointProject } from "@/lib/reports/joint-mutations";
import { db, everyone, jointSignOff, proposal, reportRef, type Row } from "./shared";

export const reportsRows: Record<string, Row> = {
  // Reporting: periods are the admins'; a contribution belongs to its country's secretariat (and
  // admins); reviewing, the joint list and editions are the coordinators' (and admins').
  "reports.openPeriod": {
    allowed: everyone("admin"),
    input: async () => {
      const plan = await createFixturePlan(db, { paragraphs: 0 });
      return {
        plan: plan.slug,
        year: plan.startYear,
        cutOff: `${plan.startYear}-12-31`,
        dueOn: `${plan.startYear + 1}-03-31`,
      };
    },
  },
  "reports.updatePeriod": {
    allowed: everyone("admin"),
    input: async () => ({
      id: (await createTestPeriod(db)).id,
      version: 1,
      cutOff: "2090-11-30",
      dueOn: "2091-02-28",
    }),
  },
  "reports.saveNarratives": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => ({
      ...(await reportRef(relation)),
      locale: "en",
      narratives: { "water-resources": "Our water projects moved on." },
    }),
  },
  "reports.submit": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => reportRef(relation, "drafting"),
  },
  "reports.return": {
    allowed: everyone("admin", "coordinator"),
    input: async (_actor, relation) => ({
      ...(await reportRef(relation, "submitted")),
      comment: "Please complete.",
    }),
  },
  "reports.approve": {
    allowed: everyone("admin", "coordinator"),
    input: async (_actor, relation) => reportRef(relation, "submitted"),
  },
  "reports.reopen": {
    allowed: everyone("admin", "coordinator"),
    input: async (_actor, relation) => ({
      ...(await reportRef(relation, "approved")),
      comment: "A correction.",
    }),
  },
  "reports.signOff": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => jointSignOff(relation, false),
  },
  "reports.withdrawSignOff": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => jointSignOff(relation, true),
  },
  "reports.propose": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => proposal(relation),
  },
  "reports.decideProposal": {
    allowed: everyone("admin", "coordinator"),
    input: async (_actor, relation) => {
      const { id } = await run(db, proposeJointProject, await proposal(relation));
      return { id, version: 1, decision: "included" };
    },
  },
  "reports.approveJointList": {
    allowed: everyone("admin", "coordinator"),
    input: async () => {
      const meeting = await db.meeting.findFirstOrThrow({ where: { type: "FMM" } });
      return { periodId: (await createTestPeriod(db)).id, version: 1, meetingId: meeting.id };
    },
  },
  "reports.issueEdition": {
    allowed: everyone("admin", "coordinator"),
    input: async () => {
      const period = await createTestPeriod(db);
      for (const report of await db.countryReport.findMany({ where: { periodId: period.id } }))
        await moveReport(db, report.id, "approved");
      return { periodId: period.id };
    },
  },
  "reports.publishEdition": {
    allowed: everyone("admin", "coordinator"),
    input: async () => ({ number: await issueTestEdition(db, await createTestPeriod(db)) }),
  },
  "briefing.retryPrint": {
    allowed: everyone("admin", "coordinator"),
    input: async () => {
      const number = await issueTestEdition(db, await createTestPeriod(db));
      await run(db, publishEdition, { number });
      const edition = await db.reportEdition.findUniqueOrThrow({ where: { number } });
      await db.briefingPrint.update({
        where: { editionId_locale: { editionId: edition.id, locale: "km" } },
        data: { state: "failed", attempts: 4, lastError: "the briefing page answered 502" },
      });
      return { number, locale: "km" };
    },
  },
};
