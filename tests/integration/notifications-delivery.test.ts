// Notifications leaving the portal (docs/decisions/0029): e-mail through a real SMTP server started
// in the test and parsed as a mail client would, and the job queue running a reminder job on one of
// two workers.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { JOBS, startJobs } from "@/lib/jobs/queue";
import { smtpTransport } from "@/lib/notifications/mailer";
import { deliverMail } from "@/lib/notifications/outbox";
import { runReminders } from "@/lib/notifications/reminders";
import thNotifications from "@/locales/th/notifications.json";
import { createTestUser } from "../support/actors";
import { createFixturePlan } from "../support/plans";
import { createTestPeriod } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
// A second pool for the second worker.
const otherWorker = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => Promise.all([db.$disconnect(), otherWorker.$disconnect()]));

const day = (iso: string) => new Date(`${iso}T02:00:00Z`);
/** Marks every e-mail written so far as sent: what a test delivers next is its own. */
const settleOutbox = () => db.mail.updateMany({ where: { state: "pending" }, data: { state: "sent" } });

describe("delivery through SMTP", () => {
  const received: ParsedMail[] = [];
  let server: SMTPServer;
  let url: string;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("brings a Thai secretariat's reminder in Thai, with the link to the contribution", async () => {
    const officer = await createTestUser(db, { role: "secretariat", countryCode: "TH" });
    await db.user.update({ where: { id: officer.id }, data: { locale: "th" } });
    const period = await createTestPeriod(db, {
      plan: await createFixturePlan(db, { startYear: 2085 }),
      year: 2085,
    });
    await db.reportingPeriod.update({
      where: { id: period.id },
      data: { reminderDays: [7], overdueEveryDays: 7 },
    });
    await db.reportingPeriod.updateMany({
      where: { id: { not: period.id } },
      data: { reminderDays: [], overdueEveryDays: 100_000 },
    });
    // What was written before is settled; the job runs as of the simulated day, then the mail job.
    await settleOutbox();
    await runReminders(db, day("2086-03-24"));
    // Every other Thai officer of the test database was reminded too: only this one's mail is sent.
    await db.mail.updateMany({
      where: { state: "pending", userId: { not: officer.id } },
      data: { state: "sent" },
    });
    const result = await deliverMail(db, smtpTransport(url), day("2086-03-24"), 1000);
    expect(result.failed).toBe(0);
    const mail = received.find(
      (message) =>
        message.subject?.startsWith(thNotifications.kinds.report_due) &&
        (Array.isArray(message.to) ? message.to : [message.to]).some((to) =>
          to?.text.includes(officer.email),
        ),
    );
    expect(mail, "the reminder reached the SMTP server").toBeDefined();
    const thailand = await db.country.findUniqueOrThrow({
      where: { code: "TH" },
      select: { name: { select: { translations: { where: { locale: "th" } } } } },
    });
    expect(mail!.text).toContain(thailand.name.translations[0]!.value);
    expect(mail!.text).toContain("7");
    expect(mail!.text).toContain("/th/staff/reports/2085/TH");
    expect(mail!.html).toContain('lang="th"');
    const stored = await db.mail.findFirstOrThrow({ where: { userId: officer.id } });
    expect(stored.state).toBe("sent");
  });
});

describe("the job queue", () => {
  it("runs a reminder job once on one of two workers, as of the time the job names", async () => {
    const period = await createTestPeriod(db, {
      plan: await createFixturePlan(db, { startYear: 2087 }),
      year: 2087,
    });
    await db.reportingPeriod.updateMany({
      where: { id: { not: period.id } },
      data: { reminderDays: [], overdueEveryDays: 100_000 },
    });
    const workers = await Promise.all(
      [db, otherWorker].map((client) =>
        startJobs({
          connectionString: process.env.DATABASE_URL!,
          db: client,
          transport: { send: async () => {} },
          schedule: false,
        }),
      ),
    );
    try {
      const id = (await workers[0]!.send(JOBS.reminders, { now: day("2088-03-17").toISOString() }))!;
      let job = await workers[0]!.getJobById(JOBS.reminders, id);
      for (let wait = 0; wait < 60 && job?.state !== "completed"; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        job = await workers[0]!.getJobById(JOBS.reminders, id);
      }
      expect(job?.state).toBe("completed");
      const sent = await db.reminderSent.findMany({ where: { periodId: period.id } });
      expect(sent.length).toBeGreaterThan(0);
      expect(new Set(sent.map((row) => row.step))).toEqual(new Set(["before-14"]));
    } finally {
      await Promise.all(workers.map((worker) => worker.stop({ graceful: false })));
    }
  });
});
