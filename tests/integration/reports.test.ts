// The annual reporting cycle against the real database: the workflow's transitions, the lock that
// approval puts on a country's data, joint sign-off, and frozen editions.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createStatusUpdate, editStatusUpdate } from "@/lib/projects/update-mutations";
import { issueEdition } from "@/lib/reports/edition-mutations";
import { signOffJointProject, withdrawSignOff } from "@/lib/reports/joint-mutations";
import { openPeriod, updatePeriod } from "@/lib/reports/period-mutations";
import {
  approveReport,
  reopenReport,
  returnReport,
  saveReportNarratives,
  submitReport,
} from "@/lib/reports/report-mutations";
import { REPORT_ACTIONS, REPORT_STATES, nextState, type ReportAction } from "@/lib/reports/workflow";
import { createActor } from "../support/actors";
import { createFixturePlan, linkProject } from "../support/plans";
import { createTestProject, updateInput } from "../support/projects";
import { createTestPeriod, issueTestEdition, moveReport, run } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const MUTATION_OF: Record<
  ReportAction,
  typeof saveReportNarratives | typeof submitReport | typeof returnReport
> = {
  save: saveReportNarratives,
  submit: submitReport,
  return: returnReport,
  approve: approveReport,
  reopen: reopenReport,
};

function inputFor(action: ReportAction, reportId: string, version: number) {
  if (action === "save")
    return { reportId, version, locale: "en", narratives: { "water-resources": "Progress on water." } };
  if (action === "return" || action === "reopen") return { reportId, version, comment: "A reason." };
  return { reportId, version };
}

describe("the workflow in the database", () => {
  const cases = REPORT_STATES.flatMap((state) => REPORT_ACTIONS.map((action) => ({ state, action })));

  it.each(cases)("$action from $state", async ({ state, action }) => {
    const period = await createTestPeriod(db);
    const reportId = await period.reportId("TH");
    if (state !== "not_started") await moveReport(db, reportId, state);
    const before = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
    const admin = await createActor(db, { role: "admin" });
    const result = await MUTATION_OF[action].execute(
      { db, actor: admin, ip: null },
      inputFor(action, reportId, before.version),
    );
    const after = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
    const expected = nextState(state, action);
    if (expected) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(after.state).toBe(expected);
    } else {
      expect(result).toMatchObject({ ok: false, error: "wrongState" });
      expect(after).toEqual(before);
    }
  });

  it("refuses a stale version, a return without a reason, and a secretariat approving its own report", async () => {
    const period = await createTestPeriod(db);
    const reportId = await period.reportId("TH");
    await moveReport(db, reportId, "submitted");
    const { version } = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
    const coordinator = await createActor(db, { role: "coordinator" });
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    expect(
      await approveReport.execute({ db, actor: coordinator, ip: null }, { reportId, version: version - 1 }),
    ).toMatchObject({ ok: false, error: "conflict" });
    expect(
      await returnReport.execute({ db, actor: coordinator, ip: null }, { reportId, version, comment: "  " }),
    ).toMatchObject({ ok: false, error: "invalid" });
    expect(
      await approveReport.execute({ db, actor: officer, ip: null }, { reportId, version }),
    ).toMatchObject({ ok: false, error: "forbidden" });
    expect((await db.countryReport.findUniqueOrThrow({ where: { id: reportId } })).state).toBe("submitted");
  });

  it("keeps the review conversation: submissions, returns with their comments, approval", async () => {
    const period = await createTestPeriod(db);
    const reportId = await period.reportId("KH");
    await moveReport(db, reportId, "returned");
    await moveReport(db, reportId, "approved");
    const events = await db.reportEvent.findMany({ where: { reportId }, orderBy: { occurredAt: "asc" } });
    expect(events.map((event) => event.kind)).toEqual(["submitted", "returned", "submitted", "approved"]);
    expect(events[1]!.comment).toBe("Please add the 2090 figures.");
  });

  it("opens a period once per plan and year, inside the plan's years, with a contribution for every country", async () => {
    const plan = await createFixturePlan(db);
    const period = await createTestPeriod(db, { plan });
    expect(await db.countryReport.count({ where: { periodId: period.id, state: "not_started" } })).toBe(6);
    const admin = await createActor(db, { role: "admin" });
    const again = await openPeriod.execute(
      { db, actor: admin, ip: null },
      { plan: plan.slug, year: period.year, cutOff: "2090-12-31", dueOn: "2091-03-31" },
    );
    expect(again).toMatchObject({ ok: false, error: "duplicate" });
    const outside = await openPeriod.execute(
      { db, actor: admin, ip: null },
      { plan: plan.slug, year: 2099, cutOff: "2099-12-31", dueOn: "2100-03-31" },
    );
    expect(outside).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { year: [{ key: "validation.yearOutsidePlan" }] },
    });
    const backwards = await openPeriod.execute(
      { db, actor: admin, ip: null },
      { plan: plan.slug, year: 2091, cutOff: "2091-12-31", dueOn: "2091-06-30" },
    );
    expect(backwards).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { dueOn: [{ key: "validation.dueBeforeCutOff" }] },
    });
  });
});

describe("approval locks the country's data for the period", () => {
  it("refuses updates dated up to the cut-off until a coordinator reopens the report", async () => {
    const period = await createTestPeriod(db);
    const project = await createTestProject(db, "TH", { paragraphs: [] });
    await linkProject(db, project.code, period.plan.paragraphIds[0]!);
    const officer = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const context = { db, actor: officer, ip: null };
    const early = await createStatusUpdate.execute(
      context,
      updateInput(project.code, { reportedOn: "2090-06-01", periodYear: 2090 }),
    );
    expect(early.ok).toBe(true);
    const reportId = await period.reportId("TH");
    await moveReport(db, reportId, "approved");

    expect(
      await createStatusUpdate.execute(
        context,
        updateInput(project.code, { reportedOn: "2090-11-30", periodYear: 2090 }),
      ),
    ).toMatchObject({ ok: false, error: "locked" });
    const update = await db.statusUpdate.findUniqueOrThrow({ where: { id: early.ok ? early.data.id : "" } });
    const {
      projectCode: _code,
      attachments: _files,
      ...fields
    } = updateInput(project.code, { reportedOn: "2091-01-15", periodYear: 2091 });
    expect(
      await editStatusUpdate.execute(context, { ...fields, id: update.id, version: update.version }),
    ).toMatchObject({ ok: false, error: "locked" });
    // After the cut-off the next period's work goes on.
    expect(
      (
        await createStatusUpdate.execute(
          context,
          updateInput(project.code, { reportedOn: "2091-02-01", periodYear: 2091 }),
        )
      ).ok,
    ).toBe(true);
    // The contribution itself is closed too.
    const { version } = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(
      await saveReportNarratives.execute(context, {
        reportId,
        version,
        locale: "en",
        narratives: { "water-resources": "Late change" },
      }),
    ).toMatchObject({ ok: false, error: "wrongState" });
    const admin = await createActor(db, { role: "admin" });
    expect(
      await updatePeriod.execute(
        { db, actor: admin, ip: null },
        { id: period.id, version: 1, cutOff: "2090-10-31", dueOn: "2091-03-31" },
      ),
    ).toMatchObject({ ok: false, error: "locked" });
    // The reminder schedule may still change; a schedule that makes no sense changes nothing.
    const schedule = (reminderDays: string) =>
      updatePeriod.execute(
        { db, actor: admin, ip: null },
        {
          id: period.id,
          version: 1,
          cutOff: period.cutOff,
          dueOn: "2091-03-31",
          reminderDays,
          overdueEveryDays: "3",
        },
      );
    for (const wrong of ["7, 7", "0", "1.5", "100", "1 2 3 4 5 6 7", "soon"]) {
      expect(await schedule(wrong), wrong).toMatchObject({
        ok: false,
        error: "invalid",
        fieldErrors: { reminderDays: [{ key: "validation.reminderDays" }] },
      });
    }
    expect((await schedule("1, 30 10")).ok).toBe(true);
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } })).toMatchObject({
      reminderDays: [30, 10, 1],
      overdueEveryDays: 3,
      version: 2,
    });

    const coordinator = await createActor(db, { role: "coordinator" });
    expect(
      (
        await reopenReport.execute(
          { db, actor: coordinator, ip: null },
          { reportId, version, comment: "Thailand found a late report." },
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await createStatusUpdate.execute(
          context,
          updateInput(project.code, { reportedOn: "2090-11-30", periodYear: 2090 }),
        )
      ).ok,
    ).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: reportId, action: "reports.reopen" },
    });
    expect(audit.changes).toMatchObject({
      state: { before: "approved", after: "drafting" },
      reason: { after: "Thailand found a late report." },
    });
  });
});

describe("joint projects", () => {
  it("count as reported only when every participating country has signed", async () => {
    const period = await createTestPeriod(db);
    const joint = await createTestProject(db, "TH", { paragraphs: [], countries: ["TH", "VN"] });
    await linkProject(db, joint.code, period.plan.paragraphIds[0]!);
    const thai = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const vietnamese = await createActor(db, { role: "secretariat", countryCode: "VN" });
    const lao = await createActor(db, { role: "secretariat", countryCode: "LA" });
    const sign = (actor: typeof thai, countryCode: string) =>
      signOffJointProject.execute(
        { db, actor, ip: null },
        { periodId: period.id, projectCode: joint.code, countryCode },
      );

    expect((await sign(thai, "TH")).ok).toBe(true);
    expect(await sign(thai, "TH")).toMatchObject({ ok: false, error: "duplicate" });
    expect(await sign(thai, "VN")).toMatchObject({ ok: false, error: "forbidden" });
    expect(await sign(lao, "LA")).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { projectCode: [{ key: "validation.notJointParticipant" }] },
    });
    expect(
      (
        await withdrawSignOff.execute(
          { db, actor: thai, ip: null },
          { periodId: period.id, projectCode: joint.code, countryCode: "TH" },
        )
      ).ok,
    ).toBe(true);
    expect((await sign(thai, "TH")).ok).toBe(true);

    const unconfirmed = await issueTestEdition(db, period);
    expect(
      await db.editionProject.findFirstOrThrow({
        where: { edition: { number: unconfirmed }, code: joint.code },
      }),
    ).toMatchObject({ confirmed: false });
    // Viet Nam's contribution is approved: its sign-off is locked until the report is reopened.
    expect(await sign(vietnamese, "VN")).toMatchObject({ ok: false, error: "locked" });
    const reportId = await period.reportId("VN");
    const { version } = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
    await run(db, reopenReport, { reportId, version, comment: "Viet Nam signs the joint project." });
    expect((await sign(vietnamese, "VN")).ok).toBe(true);
    const confirmed = await issueTestEdition(db, period);
    expect(
      await db.editionProject.findFirstOrThrow({
        where: { edition: { number: confirmed }, code: joint.code },
      }),
    ).toMatchObject({ confirmed: true });
  });
});

describe("report editions", () => {
  it("report each project as of the cut-off, and never change after later edits to live data", async () => {
    const period = await createTestPeriod(db);
    const project = await createTestProject(db, "LA", {
      paragraphs: [],
      status: "approved",
      progress: 0,
      plannedEnd: "2090-06-30",
    });
    await linkProject(db, project.code, period.plan.paragraphIds[1]!);
    const system = { db, actor: null, ip: null, system: "integration tests" };
    await createStatusUpdate.execute(
      system,
      updateInput(project.code, { reportedOn: "2090-05-01", periodYear: 2090, progress: 40 }),
    );
    await createStatusUpdate.execute(
      system,
      updateInput(project.code, {
        reportedOn: "2091-02-01",
        periodYear: 2091,
        status: "completed",
        progress: 100,
      }),
    );
    const number = await issueTestEdition(db, period);
    const frozen = async () => ({
      edition: await db.reportEdition.findUniqueOrThrow({
        where: { number },
        include: { projects: { orderBy: { code: "asc" } }, narratives: true },
      }),
    });
    const before = await frozen();
    const row = before.edition.projects.find((entry) => entry.code === project.code)!;
    // Its state on 31 December 2090: 40 % ongoing, past its planned end, so overdue.
    expect(row).toMatchObject({
      status: "ongoing",
      progress: 40,
      updated: true,
      overdue: true,
      confirmed: true,
      leadCountryCode: "LA",
    });
    expect(before.edition.narratives).toHaveLength(6);

    // Live data moves on: a new title, another update, and even a reopened, resubmitted contribution.
    await db.textTranslation.updateMany({
      where: { text: { projectTitles: { some: { id: project.id } } } },
      data: { value: "Renamed after the edition" },
    });
    await createStatusUpdate.execute(
      system,
      updateInput(project.code, {
        reportedOn: "2091-03-01",
        periodYear: 2091,
        progress: 100,
        status: "completed",
      }),
    );
    const reportId = await period.reportId("LA");
    const { version } = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
    await run(db, reopenReport, { reportId, version, comment: "Correction" });
    await moveReport(db, reportId, "approved", { "water-resources": "A different narrative." });
    expect(await frozen()).toEqual(before);

    // Nor can it be changed behind the portal's back.
    await expect(
      db.editionProject.updateMany({ where: { editionId: before.edition.id }, data: { progress: 99 } }),
    ).rejects.toThrow();
    await expect(
      db.editionNarrative.deleteMany({ where: { editionId: before.edition.id } }),
    ).rejects.toThrow();
    await expect(db.reportEdition.update({ where: { number }, data: { number: 9999 } })).rejects.toThrow();
    expect(await frozen()).toEqual(before);
  });

  it("are issued only when every country is approved, with consecutive numbers", async () => {
    const period = await createTestPeriod(db);
    await moveReport(db, await period.reportId("CN"), "approved");
    const coordinator = await createActor(db, { role: "coordinator" });
    expect(
      await issueEdition.execute({ db, actor: coordinator, ip: null }, { periodId: period.id }),
    ).toMatchObject({ ok: false, error: "incomplete" });
    const first = await issueTestEdition(db, period);
    const second = (await run(db, issueEdition, { periodId: period.id })).number;
    expect(second).toBe(first + 1);
  });
});
