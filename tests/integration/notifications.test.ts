// Notifications and reminders (docs/decisions/0029) against the real database: who hears of a
// contribution's steps, the reminder schedule over a simulated month with two workers at once, the
// settings, the unsubscribe link and the outbox's retries (delivery: notifications-delivery.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { sendDigests } from "@/lib/notifications/digest";
import type { MailTransport } from "@/lib/notifications/mailer";
import { saveNotificationSettings, unsubscribe } from "@/lib/notifications/mutations";
import { MAX_ATTEMPTS } from "@/lib/jobs/retry";
import { deliverMail } from "@/lib/notifications/outbox";
import { notify } from "@/lib/notifications/notify";
import { runReminders } from "@/lib/notifications/reminders";
import { createActor, createTestUser } from "../support/actors";
import { createFixturePlan } from "../support/plans";
import { createTestPeriod, moveReport, type TestPeriod } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
// A second pool: the second worker of the concurrency test runs on connections of its own.
const otherWorker = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => Promise.all([db.$disconnect(), otherWorker.$disconnect()]));

const day = (iso: string) => new Date(`${iso}T02:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/** Delivers every pending e-mail of the outbox through `transport`, as the mail job would. */
const deliverAll = (transport: MailTransport, now = new Date()) => deliverMail(db, transport, now, 1000);
/** Marks every e-mail written so far as sent: what a test delivers next is its own. */
const settleOutbox = () => db.mail.updateMany({ where: { state: "pending" }, data: { state: "sent" } });

describe("a contribution's steps", () => {
  let period: TestPeriod;
  let thai: { id: string };
  let vietnamese: { id: string };
  let coordinator: { id: string };

  beforeAll(async () => {
    thai = await createTestUser(db, { role: "secretariat", countryCode: "TH" });
    await db.user.update({ where: { id: thai.id }, data: { locale: "th" } });
    vietnamese = await createTestUser(db, { role: "secretariat", countryCode: "VN" });
    coordinator = await createTestUser(db, { role: "coordinator" });
    period = await createTestPeriod(db, {
      plan: await createFixturePlan(db, { startYear: 2070 }),
      year: 2070,
    });
  });

  it("open a period for every secretariat and coordinator", async () => {
    for (const user of [thai, vietnamese, coordinator]) {
      expect(await db.notification.count({ where: { userId: user.id, kind: "period_opened" } })).toBe(1);
    }
  });

  it("a returned contribution reaches that country's secretariat only, with the comments, in its language", async () => {
    await moveReport(db, await period.reportId("TH"), "returned");
    const submitted = await db.notification.findMany({
      where: { kind: "report_submitted", userId: coordinator.id },
    });
    expect(submitted.map((n) => n.path)).toContain("/staff/reports/2070/TH");
    const returned = await db.notification.findMany({
      where: { kind: "report_returned", path: "/staff/reports/2070/TH" },
    });
    expect(returned.map((n) => n.userId)).toContain(thai.id);
    expect(returned.map((n) => n.userId)).not.toContain(vietnamese.id);
    expect(returned.map((n) => n.userId)).not.toContain(coordinator.id);
    const mail = await db.mail.findFirstOrThrow({
      where: { userId: thai.id, subject: { contains: "ส่งคืน" } },
    });
    expect(mail.locale).toBe("th");
    expect(mail.text).toContain("Please add the 2090 figures.");
    expect(mail.text).toContain("/th/staff/reports/2070/TH");
  });
});

describe("the reminder schedule", () => {
  let period: TestPeriod;

  beforeAll(async () => {
    // Only this period reminds anyone during the simulation: the others' schedules are emptied.
    await db.reportingPeriod.updateMany({ data: { reminderDays: [], overdueEveryDays: 100_000 } });
    period = await createTestPeriod(db, {
      plan: await createFixturePlan(db, { startYear: 2080 }),
      year: 2080,
    });
    await db.reportingPeriod.update({
      where: { id: period.id },
      data: { reminderDays: [14, 7, 1], overdueEveryDays: 7 },
    });
  });

  it("sends exactly the expected reminders over a month, day by day, with two workers at once", async () => {
    // Due on 2081-03-31. Thailand submits on 2081-03-20: nothing reaches it after that.
    const start = day("2081-03-10");
    for (let n = 0; n <= 35; n++) {
      const now = addDays(start, n);
      if (n === 10) await moveReport(db, await period.reportId("TH"), "submitted");
      await Promise.all([runReminders(db, now), runReminders(otherWorker, now)]);
    }
    const sent = await db.reminderSent.findMany({ where: { periodId: period.id } });
    const secretariats = await db.user.findMany({ where: { role: "secretariat", disabledAt: null } });
    const coordinators = await db.user.findMany({ where: { role: "coordinator", disabledAt: null } });
    const countries = ["CN", "KH", "LA", "MM", "TH", "VN"];
    const expected = new Set<string>();
    const steps: [string, boolean][] = [
      ["before-14", false],
      ["before-7", false],
      ["before-1", false],
      ["overdue-7", true],
      ["overdue-14", true],
    ];
    for (const [step, overdue] of steps) {
      for (const country of countries) {
        // Thailand submitted before the 24th: it got the 14-day reminder only.
        if (country === "TH" && step !== "before-14") continue;
        const users = [
          ...secretariats.filter((user) => user.countryCode === country),
          ...(overdue ? coordinators : []),
        ];
        for (const user of users) expected.add(`${country}/${step}/${user.id}`);
      }
    }
    const got = sent.map((row) => `${row.countryCode}/${row.step}/${row.userId}`);
    expect(got.length).toBe(new Set(got).size);
    expect(new Set(got)).toEqual(expected);
    // One notification per reminder, no more.
    const reminders = await db.notification.count({
      where: { kind: { in: ["report_due", "report_overdue"] }, path: { startsWith: "/staff/reports/2080/" } },
    });
    expect(reminders).toBe(expected.size);
  });
});

describe("settings and the outbox", () => {
  it("respect each user's choice: at once, in a daily digest, or in the portal only", async () => {
    const [atOnce, digest, quiet] = await Promise.all(
      ["email", "digest", "in_app"].map(() => createActor(db, { role: "secretariat", countryCode: "KH" })),
    );
    for (const [actor, channel] of [
      [atOnce!, "email"],
      [digest!, "digest"],
      [quiet!, "in_app"],
    ] as const) {
      const saved = await saveNotificationSettings.execute(
        { db, actor, ip: null },
        { channels: { period_opened: channel }, mailLocale: "km" },
      );
      expect(saved.ok).toBe(true);
    }
    await createTestPeriod(db, { plan: await createFixturePlan(db, { startYear: 2075 }), year: 2075 });
    const mails = async (userId: string) => db.mail.count({ where: { userId } });
    expect(await mails(atOnce!.userId)).toBe(1);
    expect(await mails(digest!.userId)).toBe(0);
    expect(await mails(quiet!.userId)).toBe(0);
    for (const actor of [atOnce!, digest!, quiet!]) {
      expect(await db.notification.count({ where: { userId: actor.userId, kind: "period_opened" } })).toBe(1);
    }
    await sendDigests(db, new Date(), [digest!.userId]);
    const gathered = await db.mail.findFirstOrThrow({ where: { userId: digest!.userId } });
    expect(gathered.locale).toBe("km");
    expect(await db.notification.count({ where: { userId: digest!.userId, inDigest: true } })).toBe(0);
    // A second run finds nothing left to gather.
    await sendDigests(db, new Date(), [digest!.userId]);
    expect(await mails(digest!.userId)).toBe(1);
    expect(await mails(quiet!.userId)).toBe(0);
  });

  it("let an e-mail's unsubscribe link turn off its one kind, once, without signing in", async () => {
    const user = await createTestUser(db, { role: "coordinator" });
    await createTestPeriod(db, { plan: await createFixturePlan(db, { startYear: 2076 }), year: 2076 });
    const mail = await db.mail.findFirstOrThrow({ where: { userId: user.id } });
    const token = decodeURIComponent(/unsubscribe\?token=([^\s"]+)/.exec(mail.text)![1]!);
    const first = await unsubscribe.execute({ db, actor: null, ip: null }, { token });
    expect(first).toMatchObject({ ok: true, data: { kind: "period_opened" } });
    const settings = await db.notificationSetting.findMany({ where: { userId: user.id } });
    expect(settings.map((s) => [s.kind, s.channel])).toEqual([["period_opened", "in_app"]]);
    // Spent: used again, or forged, or altered, it changes nothing.
    for (const used of [token, `${token}x`, token.replace(/^./, "A")]) {
      expect(await unsubscribe.execute({ db, actor: null, ip: null }, { token: used })).toMatchObject({
        ok: false,
        error: "invalid",
      });
    }
  });

  it("retries a failing delivery with backoff, then marks it failed", async () => {
    await settleOutbox();
    const user = await createTestUser(db, { role: "coordinator" });
    // Coordinators get submissions in a digest unless they ask for e-mail at once.
    await db.notificationSetting.create({
      data: { userId: user.id, kind: "report_submitted", channel: "email" },
    });
    await db.$transaction((tx) =>
      notify(tx, {
        kind: "report_submitted",
        params: { country: "LA", year: 2077 },
        path: "/staff/reports/2077/LA",
        userIds: [user.id],
      }),
    );
    const { id } = await db.mail.findFirstOrThrow({ where: { userId: user.id } });
    const broken: MailTransport = {
      send: async () => {
        throw new Error("550 mailbox unavailable");
      },
    };
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverAll(broken, now);
      const mail = await db.mail.findUniqueOrThrow({ where: { id } });
      expect(mail.attempts).toBe(attempt);
      expect(mail.state).toBe(attempt < MAX_ATTEMPTS ? "pending" : "failed");
      // Not tried again before its time.
      await deliverAll(broken, now);
      expect((await db.mail.findUniqueOrThrow({ where: { id } })).attempts).toBe(attempt);
      now = addDays(now, 1);
    }
    expect((await db.mail.findUniqueOrThrow({ where: { id } })).lastError).toBe("550 mailbox unavailable");
  });
});
