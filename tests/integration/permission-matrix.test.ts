// Every mutation of the portal × every role × a record of the actor's own country or another's,
// against the real database. The rows come from one registry (lib/mutations/registry.ts): adding a
// mutation without a row here fails the first test.
import { randomUUID } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { afterAll, describe, expect, it } from "vitest";
import { sealEnrollment } from "@/lib/account/mutations";
import type { Actor } from "@/lib/auth/permissions";
import { randomToken, tokenHash } from "@/lib/auth/tokens";
import { createPrismaClient } from "@/lib/db/create-client";
import { mutations } from "@/lib/mutations/registry";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { createActor, createTestUser, TEST_PASSWORD, TEST_TOTP_SECRET } from "../support/actors";
import { createFixturePlan, linkProject } from "../support/plans";
import { createTestProject, createTestUpdate, projectInput, updateInput } from "../support/projects";
import { createTestPeriod, issueTestEdition, moveReport, run } from "../support/reports";
import { publishEdition } from "@/lib/reports/edition-mutations";
import { proposeJointProject, signOffJointProject } from "@/lib/reports/joint-mutations";
import { createPlan } from "@/lib/plan/mutations";
import { checkProjectImport } from "@/lib/imports/mutations";
import { runQueuedImport } from "@/lib/imports/worker";
import { createTestText } from "../support/translations";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const WHO = ["admin", "coordinator", "secretariat", "viewer", "anonymous"] as const;
type Who = (typeof WHO)[number];
type Relation = "own" | "other";

/** The secretariat actor works for Thailand: "own" targets are Thai, "other" ones Vietnamese. */
const countryOf = (relation: Relation) => (relation === "own" ? "TH" : "VN");
const localeOf = (relation: Relation) => (relation === "own" ? "th" : "vi");
const code = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();
const everyone = (...who: Who[]) => ({ own: who, other: who });
const NEW_PASSWORD = "Another-strong-passphrase-58";

/** A projects sheet of one new project of the relation's country (each file different: its hash matters). */
const importSheet = (relation: Relation) =>
  new File(
    [
      `title.en,summary.en,leadCountry,pillar,approvalYear\nImported ${randomUUID()},From a sheet,${countryOf(relation)},political-security,2024\n`,
    ],
    "projects.csv",
  );

async function targetUser(relation: Relation, options: { disabled?: boolean } = {}) {
  return createTestUser(db, { role: "secretariat", countryCode: countryOf(relation), ...options });
}

type Row = {
  allowed: Record<Relation, readonly Who[]>;
  input: (actor: Actor | null, relation: Relation) => Promise<unknown>;
};

const matrix: Record<string, Row> = {
  // The inbox and settings act on the signed-in user's own rows, whoever it is.
  "notifications.saveSettings": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({ channels: { report_submitted: "digest" }, mailLocale: "" }),
  },
  "notifications.markRead": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({ ids: [] }),
  },
  // Proven by the link's signature, not by a session: anyone holding a fresh link may use it.
  "notifications.unsubscribe": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer", "anonymous"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      return { token: unsubscribeToken({ userId: user.id, kind: "report_approved", issuedAt: new Date() }) };
    },
  },
  "mail.retry": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      const mail = await db.mail.create({
        data: {
          userId: user.id,
          to: user.email,
          locale: "en",
          subject: "s",
          text: "t",
          html: "h",
          state: "failed",
        },
      });
      return { id: mail.id };
    },
  },
  "users.create": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => ({
      email: `new.${randomUUID().slice(0, 8)}@test.lmc.invalid`,
      name: "New Secretariat Officer",
      role: "secretariat",
      countryCode: countryOf(relation),
      locale: "th",
    }),
  },
  "users.update": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      return {
        id: user.id,
        version: user.version,
        name: "Renamed",
        role: "secretariat",
        countryCode: user.countryCode,
        locale: "vi",
      };
    },
  },
  "users.disable": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      return { id: user.id, version: user.version };
    },
  },
  "users.enable": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => {
      const user = await targetUser(relation, { disabled: true });
      return { id: user.id, version: user.version };
    },
  },
  "users.issueResetLink": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => ({ id: (await targetUser(relation)).id }),
  },
  "users.forceSignOut": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => ({ id: (await targetUser(relation)).id }),
  },
  "users.resetTwoFactor": {
    allowed: everyone("admin"),
    input: async (_actor, relation) => ({ id: (await targetUser(relation)).id }),
  },
  // The account mutations act on the actor's own account: the country makes no difference.
  "account.changePassword": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    }),
  },
  "account.enableTwoFactor": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async (actor) => {
      const secret = new Secret({ size: 20 }).base32;
      return {
        enrollment: sealEnrollment(secret, actor?.userId ?? randomUUID()),
        code: code(secret),
        password: TEST_PASSWORD,
      };
    },
  },
  // Admins and coordinators must keep their second factor.
  "account.disableTwoFactor": {
    allowed: everyone("secretariat", "viewer"),
    input: async () => ({ password: TEST_PASSWORD }),
  },
  "account.regenerateRecoveryCodes": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({ code: code(TEST_TOTP_SECRET) }),
  },
  "account.startTwoFactor": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({}),
  },
  "account.signOutEverywhere": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async () => ({}),
  },
  "account.endSession": {
    allowed: everyone("admin", "coordinator", "secretariat", "viewer"),
    input: async (actor) => {
      const owner = actor?.userId ?? (await createTestUser(db, { role: "viewer" })).id;
      const session = await db.session.create({
        data: { userId: owner, expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return { id: session.id };
    },
  },
  // Projects belong to their lead country: its secretariat (and admins) may change them.
  "projects.create": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => projectInput(countryOf(relation)),
  },
  "projects.update": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => {
      const project = await createTestProject(db, countryOf(relation));
      return {
        ...projectInput(countryOf(relation), { title: "Renamed project", progress: 60 }),
        code: project.code,
        version: project.version,
      };
    },
  },
  "updates.create": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => updateInput((await createTestProject(db, countryOf(relation))).code),
  },
  "updates.edit": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => {
      const project = await createTestProject(db, countryOf(relation));
      const update = await createTestUpdate(db, project.code);
      const {
        projectCode: _code,
        attachments: _files,
        ...fields
      } = updateInput(project.code, { narrative: "Corrected narrative." });
      return { ...fields, id: update.id, version: update.version };
    },
  },
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
  // The plan editor: admins only; the country makes no difference.
  "plan.create": {
    allowed: everyone("admin"),
    input: async () => ({
      slug: `plan-${randomUUID().slice(0, 8)}`,
      startYear: 2096,
      endYear: 2100,
      sourceLocale: "zh",
      title: "计划",
      summary: "概要",
    }),
  },
  "plan.setInForce": {
    allowed: everyone("admin"),
    // A plan without sections: putting it in force must not change which plan the public pages show.
    input: async () => {
      const slug = `plan-${randomUUID().slice(0, 8)}`;
      await run(db, createPlan, {
        slug,
        startYear: 2096,
        endYear: 2100,
        sourceLocale: "zh",
        title: "计划",
        summary: "概要",
      });
      return { slug };
    },
  },
  "plan.addSection": {
    allowed: everyone("admin"),
    input: async () => ({ plan: (await createFixturePlan(db)).slug, parentId: null, title: "New chapter" }),
  },
  "plan.addParagraph": {
    allowed: everyone("admin"),
    input: async () => ({
      sectionId: (await createFixturePlan(db)).sectionId,
      afterId: null,
      body: "New paragraph",
    }),
  },
  "plan.editSource": {
    allowed: everyone("admin"),
    input: async () => ({
      kind: "section",
      id: (await createFixturePlan(db)).sectionId,
      version: 1,
      value: "Reworded",
    }),
  },
  "plan.move": {
    allowed: everyone("admin"),
    input: async () => ({
      kind: "paragraph",
      id: (await createFixturePlan(db)).paragraphIds[1],
      version: 1,
      direction: "up",
    }),
  },
  "plan.retire": {
    allowed: everyone("admin"),
    input: async () => ({
      kind: "paragraph",
      id: (await createFixturePlan(db)).paragraphIds[0],
      version: 1,
      retired: true,
    }),
  },
  // Translations: the Thai secretariat's "own" locale is Thai, the "other" one Vietnamese.
  "translations.save": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => ({
      textId: await createTestText(db, "zh", "合作"),
      locale: localeOf(relation),
      value: "ความร่วมมือ",
      version: null,
      review: false,
    }),
  },
  "translations.markReviewed": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => {
      const locale = localeOf(relation);
      return {
        textId: await createTestText(db, "zh", "合作", { [locale]: { value: "ความร่วมมือ", status: "draft" } }),
        locale,
        version: 1,
      };
    },
  },
  "translations.import": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => {
      const textId = await createTestText(db, "zh", "合作");
      const sheet = `text_id,version,translation\n${textId},,ความร่วมมือ\n`;
      return { locale: localeOf(relation), file: new File([sheet], "sheet.csv"), review: false };
    },
  },
  // Taking a file is a right of the roles that edit projects and of coordinators; each row is then
  // scoped by its country (another country's rows are rejected with the reason:
  // tests/integration/imports.test.ts), coordinators' rows are not.
  "imports.projects.check": {
    allowed: everyone("admin", "coordinator", "secretariat"),
    input: async (_actor, relation) => ({ mode: "check", lng: "en", file: importSheet(relation) }),
  },
  "imports.projects": {
    allowed: everyone("admin", "coordinator", "secretariat"),
    input: async (actor, relation) => {
      const file = importSheet(relation);
      const checked = await checkProjectImport.execute(
        { db, actor, ip: null },
        { mode: "check", lng: "en", file },
      );
      if (checked.ok) await runQueuedImport(db, checked.data.runId, { onImported: async () => {} });
      return { mode: "import", lng: "en", file };
    },
  },
  // The import job tries a queued file as its uploader (lib/imports/worker.ts): the rights are those
  // of the account when the file is tried; a row of another country is rejected, not the run.
  "imports.process": {
    allowed: everyone("admin", "coordinator", "secretariat"),
    input: async (actor, relation) => {
      const file = importSheet(relation);
      const run = await db.importRun.create({
        data: {
          state: "running",
          mode: "check",
          lng: "en",
          file: new Uint8Array(await file.arrayBuffer()),
          userId: actor?.userId ?? null,
          userEmail: actor?.email ?? "",
          fileName: file.name,
          sha256: "0".repeat(64),
        },
      });
      return { runId: run.id };
    },
  },
  // Proven by the one-time link, not by a session.
  "account.resetPasswordWithLink": {
    allowed: everyone(...WHO),
    input: async (_actor, relation) => {
      const user = await targetUser(relation);
      const token = randomToken();
      await db.passwordReset.create({
        data: { userId: user.id, tokenHash: tokenHash(token), expiresAt: new Date(Date.now() + 3_600_000) },
      });
      return { token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };
    },
  },
};

/** The contribution of the relation's country in a fresh period, moved to `state`. */
async function reportRef(relation: Relation, state?: "drafting" | "submitted" | "approved") {
  const period = await createTestPeriod(db);
  const reportId = await period.reportId(countryOf(relation));
  if (state) await moveReport(db, reportId, state);
  const { version } = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
  return { reportId, version };
}

/** A Thai–Vietnamese joint project in a fresh period; the relation's country signs (or has signed). */
async function jointSignOff(relation: Relation, signed: boolean) {
  const period = await createTestPeriod(db);
  const project = await createTestProject(db, "TH", { paragraphs: [], countries: ["TH", "VN"] });
  await linkProject(db, project.code, period.plan.paragraphIds[0]!);
  const input = { periodId: period.id, projectCode: project.code, countryCode: countryOf(relation) };
  if (signed) await run(db, signOffJointProject, input);
  return input;
}

async function proposal(relation: Relation) {
  const period = await createTestPeriod(db);
  return {
    periodId: period.id,
    countryCode: countryOf(relation),
    locale: "en",
    title: "Joint flood forecasting exercise",
    summary: "A table-top exercise of the flood forecasting centres.",
    countries: [countryOf(relation), "LA"],
    estimatedBudgetUsd: "250000",
  };
}

async function actorFor(who: Who): Promise<Actor | null> {
  return who === "anonymous" ? null : createActor(db, { role: who, totp: true });
}

describe("permission matrix", () => {
  it("has a row for every mutation in the registry, and no row for a mutation that does not exist", () => {
    expect(Object.keys(matrix).sort()).toEqual(mutations.map((mutation) => mutation.name).sort());
  });

  const cases = mutations.flatMap((mutation) =>
    WHO.flatMap((who) =>
      (["own", "other"] as const).map((relation) => ({ name: mutation.name, who, relation })),
    ),
  );

  it.each(cases)("$name by $who on a record of the $relation country", async ({ name, who, relation }) => {
    const mutation = mutations.find((entry) => entry.name === name)!;
    const row = matrix[name]!;
    const actor = await actorFor(who);
    const input = await row.input(actor, relation);
    const auditBefore = await db.auditEvent.count();
    const result = await mutation.execute({ db, actor, ip: "203.0.113.7" }, input);
    if (row.allowed[relation].includes(who)) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(await db.auditEvent.count()).toBeGreaterThan(auditBefore);
    } else {
      expect(result.ok).toBe(false);
      expect(["forbidden", "unauthenticated"]).toContain(!result.ok && result.error);
      expect(await db.auditEvent.count()).toBe(auditBefore);
    }
  });

  it("lets an admin without a second factor do nothing but set one up", async () => {
    const actor = await createActor(db, { role: "admin", totp: false });
    const create = mutations.find((mutation) => mutation.name === "users.create")!;
    const denied = await create.execute(
      { db, actor, ip: null },
      await matrix["users.create"]!.input(actor, "own"),
    );
    expect(denied).toMatchObject({ ok: false, error: "forbidden" });
    const enable = mutations.find((mutation) => mutation.name === "account.enableTwoFactor")!;
    expect(
      await enable.execute(
        { db, actor, ip: null },
        await matrix["account.enableTwoFactor"]!.input(actor, "own"),
      ),
    ).toMatchObject({ ok: true });
  });
});
