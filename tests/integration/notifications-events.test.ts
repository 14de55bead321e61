// The notifications beyond a contribution's own steps (issue 15): joint sign-offs awaited, editions
// issued and published, what happened to one's account, and the translators' daily digest, each
// reaching only those it concerns, against the real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, disableTwoFactor } from "@/lib/account/mutations";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { createPrismaClient } from "@/lib/db/create-client";
import type { NotificationKind } from "@/generated/prisma/enums";
import { listPeriodReminders } from "@/lib/notifications/queries";
import { sendTranslationDigests } from "@/lib/notifications/translation-digest";
import { publishEdition } from "@/lib/reports/edition-mutations";
import { resetTwoFactor } from "@/lib/users/mutations";
import { signOffJointProject } from "@/lib/reports/joint-mutations";
import { createActor, createTestUser, TEST_PASSWORD } from "../support/actors";
import { linkProject } from "../support/plans";
import { createTestProject } from "../support/projects";
import { createTestPeriod, issueTestEdition, moveReport, run } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
// A second pool: the digest's second worker runs on connections of its own.
const otherWorker = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => Promise.all([db.$disconnect(), otherWorker.$disconnect()]));

const received = (userId: string, kind: NotificationKind) =>
  db.notification.findMany({ where: { userId, kind }, orderBy: { createdAt: "asc" } });

describe("a joint project's sign-off", () => {
  it("is awaited from the participating countries that have not signed, each sent to its own contribution", async () => {
    const period = await createTestPeriod(db, { year: 2091 });
    const joint = await createTestProject(db, "TH", { paragraphs: [], countries: ["TH", "VN", "KH"] });
    await linkProject(db, joint.code, period.plan.paragraphIds[0]!);
    const thai = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const vietnamese = await createTestUser(db, { role: "secretariat", countryCode: "VN" });
    const cambodian = await createTestUser(db, { role: "secretariat", countryCode: "KH" });
    const lao = await createTestUser(db, { role: "secretariat", countryCode: "LA" });
    // Cambodia's contribution is approved: it can no longer sign, so it is not asked to.
    await moveReport(db, await period.reportId("KH"), "approved");

    const signed = await signOffJointProject.execute(
      { db, actor: thai, ip: null },
      { periodId: period.id, projectCode: joint.code, countryCode: "TH" },
    );
    expect(signed.ok).toBe(true);

    const [awaited] = await received(vietnamese.id, "joint_signoff_awaited");
    expect(awaited).toMatchObject({
      path: "/staff/reports/2091/VN",
      params: { country: "TH", project: joint.code, year: 2091 },
    });
    expect(await received(cambodian.id, "joint_signoff_awaited")).toHaveLength(0);
    expect(await received(lao.id, "joint_signoff_awaited")).toHaveLength(0);
    expect(await received(thai.userId, "joint_signoff_awaited")).toHaveLength(0);
    const mail = await db.mail.findFirstOrThrow({ where: { userId: vietnamese.id } });
    expect(mail.text).toContain(`Thailand signed off the joint project ${joint.code} for 2091`);
  });
});

describe("an edition", () => {
  it("issued reaches viewers and coordinators in the staff area, published on the public page", async () => {
    const viewer = await createTestUser(db, { role: "viewer" });
    const coordinator = await createTestUser(db, { role: "coordinator" });
    const secretariat = await createTestUser(db, { role: "secretariat", countryCode: "MM" });
    const period = await createTestPeriod(db, { year: 2092 });
    const number = await issueTestEdition(db, period);

    for (const user of [viewer, coordinator]) {
      expect(await received(user.id, "edition_issued")).toMatchObject([
        { path: `/staff/reports/editions/${number}`, params: { number, year: 2092 }, inDigest: true },
      ]);
    }
    expect(await received(secretariat.id, "edition_issued")).toHaveLength(0);

    await run(db, publishEdition, { number });
    expect(await received(viewer.id, "edition_published")).toMatchObject([
      { path: `/reports/${number}`, params: { number, year: 2092 } },
    ]);
  });
});

describe("one's own account", () => {
  it("tells its owner at once of a password change, and of a second factor switched off", async () => {
    const actor = await createActor(db, { role: "viewer", totp: true });
    const changed = await changePassword.execute(
      { db, actor, ip: null },
      {
        currentPassword: TEST_PASSWORD,
        newPassword: "A-new-Mekong-phrase-42",
        confirmPassword: "A-new-Mekong-phrase-42",
      },
    );
    expect(changed.ok).toBe(true);
    expect(await received(actor.userId, "password_changed")).toHaveLength(1);
    const mail = await db.mail.findFirstOrThrow({ where: { userId: actor.userId } });
    expect(mail.text).toContain("The password of your account was changed");
    expect(mail.text).toContain("/en/account");

    const disabled = await disableTwoFactor.execute(
      { db, actor, ip: null },
      { password: "A-new-Mekong-phrase-42" },
    );
    expect(disabled.ok).toBe(true);
    const mails = await db.mail.findMany({ where: { userId: actor.userId }, orderBy: { createdAt: "asc" } });
    expect(mails.at(-1)?.text).toContain("The second factor of your account was switched off");
  });

  it("tells its owner when an admin resets their second factor", async () => {
    const owner = await createTestUser(db, { role: "coordinator" });
    const admin = await createActor(db, { role: "admin" });
    expect((await resetTwoFactor.execute({ db, actor: admin, ip: null }, { id: owner.id })).ok).toBe(true);
    expect(await received(owner.id, "two_factor_changed")).toMatchObject([{ params: { enabled: false } }]);
    expect(await received(admin.userId, "two_factor_changed")).toHaveLength(0);
  });

  it("tells of a sign-in from an address not seen before, but not of the first sign-in or a known address", async () => {
    const user = await createTestUser(db, { role: "viewer" });
    const signIn = (ip: string) =>
      attemptSignIn(db, { email: user.email, password: TEST_PASSWORD, ip, userAgent: "test" });
    expect((await signIn("198.51.100.7")).ok).toBe(true);
    expect((await signIn("198.51.100.7")).ok).toBe(true);
    expect(await received(user.id, "new_sign_in")).toHaveLength(0);

    expect((await signIn("203.0.113.9")).ok).toBe(true);
    expect(await received(user.id, "new_sign_in")).toMatchObject([
      { params: { address: "203.0.113.9" }, path: "/account#sessions" },
    ]);
  });
});

describe("the translators' daily digest", () => {
  let thai: { id: string };
  let lao: { id: string };

  beforeAll(async () => {
    thai = await createTestUser(db, { role: "secretariat", countryCode: "TH" });
    await db.user.update({ where: { id: thai.id }, data: { locale: "th" } });
    lao = await createTestUser(db, { role: "secretariat", countryCode: "LA" });
  });

  it("counts, once however many workers run it, the texts added and gone stale since the last one", async () => {
    // Where counting starts (a first run), then a run with nothing new: neither notifies anyone.
    await sendTranslationDigests(db, new Date());
    await sendTranslationDigests(db, new Date());
    expect(await received(thai.id, "translations_pending")).toHaveLength(0);

    // Two texts to translate (a new project's title and summary), and one translation gone stale.
    await createTestProject(db, "VN");
    const translated = await createTestProject(db, "VN");
    for (const textId of [translated.titleId, translated.summaryId]) {
      await db.textTranslation.create({
        data: { textId, locale: "th", value: "ข้อความที่แปลแล้ว", status: "reviewed" },
      });
    }
    await db.textTranslation.update({
      where: { textId_locale: { textId: translated.titleId, locale: "en" } },
      data: { value: "A reworded title" },
    });

    const now = new Date();
    const runs = await Promise.all([
      sendTranslationDigests(db, now),
      sendTranslationDigests(otherWorker, now),
    ]);
    expect(runs.reduce((sum, locales) => sum + locales, 0)).toBeGreaterThan(0);

    expect(await received(thai.id, "translations_pending")).toMatchObject([
      { params: { locale: "th", added: 2, stale: 1 }, path: "/staff/translations/th" },
    ]);
    expect(await received(lao.id, "translations_pending")).toMatchObject([
      { params: { locale: "lo", added: 4, stale: 0 }, path: "/staff/translations/lo" },
    ]);
    const mail = await db.mail.findFirstOrThrow({ where: { userId: thai.id, subject: { contains: "แปล" } } });
    expect(mail.text).toContain("เป็นไทยนับจากสรุปครั้งก่อน: ข้อความใหม่ 2 รายการ");

    await sendTranslationDigests(db, new Date());
    expect(await received(thai.id, "translations_pending")).toHaveLength(1);
  });
});

describe("a period's reminders, for admins", () => {
  it("list the demo's 2022 reminders by step and recipient, with the bounced e-mails failed", async () => {
    const admin = await createActor(db, { role: "admin" });
    const period = await db.reportingPeriod.findFirstOrThrow({
      where: { year: 2022, plan: { slug: "2018-2022" } },
    });
    const reminders = await listPeriodReminders(admin, period.id);
    // Thailand, Laos and Myanmar had not submitted: reminded 14, 7 and 1 days before, and when overdue.
    const countries = new Set(reminders.map((reminder) => reminder.countryCode));
    expect([...countries].sort()).toEqual(["LA", "MM", "TH"]);
    expect(new Set(reminders.map((reminder) => reminder.step))).toEqual(
      new Set(["before-14", "before-7", "before-1", "overdue-7"]),
    );
    const myanmar = reminders.filter((reminder) => reminder.recipient.email.startsWith("secretariat.mm@"));
    expect(myanmar).toHaveLength(4);
    for (const reminder of myanmar) {
      expect(reminder.mail).toMatchObject({ state: "failed", attempts: 4 });
      expect(reminder.mail?.lastError).toContain("mailbox unavailable");
    }
    const thai = reminders.filter((reminder) => reminder.recipient.email.startsWith("secretariat.th@"));
    expect(thai.map((reminder) => reminder.mail?.state)).toEqual(["sent", "sent", "sent", "sent"]);
    // Coordinators hear of overdue contributions only.
    const coordinators = reminders.filter((reminder) => reminder.recipient.email.startsWith("coordinator@"));
    expect(coordinators.map((reminder) => reminder.step)).toEqual(["overdue-7", "overdue-7", "overdue-7"]);
  });
});
