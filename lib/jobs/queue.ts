import "server-only";
import { PgBoss } from "pg-boss";
import type { Db } from "@/lib/db/create-client";
import { type PackPrinter, printPublicPack, runBriefingPrints } from "@/lib/briefing/print-queue";
import { revalidatePublicPagesFromJob } from "@/lib/cache/job-revalidation";
import { runQueuedImports } from "@/lib/imports/worker";
import { logEvent } from "@/lib/log";
import { onShutdown } from "@/lib/ops/shutdown";
import { sendDigests } from "@/lib/notifications/digest";
import type { MailTransport } from "@/lib/notifications/mailer";
import { deliverMail } from "@/lib/notifications/outbox";
import { runReminders } from "@/lib/notifications/reminders";
import { sendTranslationDigests } from "@/lib/notifications/translation-digest";
import { JOB_SCHEMA } from "./schema";

// The portal's background work on pg-boss (docs/decisions/0029): a PostgreSQL-backed queue, so jobs
// survive restarts, retry with backoff, and a scheduled job runs once however many instances run.
// The work itself is in plain functions that take the database and the time (tests call them with
// a moved clock); a job may carry `now` to run as of another moment.

export const JOBS = {
  reminders: "reminders.run",
  digest: "mail.digest",
  translations: "translations.digest",
  mail: "mail.deliver",
  briefing: "briefing.print",
  imports: "imports.run",
} as const;

type JobData = { now?: string } | null;

/**
 * This process's queue, once started: what `runSoon` asks. Kept on the process's global object:
 * Next bundles instrumentation (which starts the queue) apart from the pages and actions, so each
 * has its own copy of this module.
 */
const STARTED = Symbol.for("lmc.jobs.started");
const startedQueue = () => (globalThis as { [STARTED]?: PgBoss })[STARTED] ?? null;

const SENDING = Symbol.for("lmc.jobs.sending");

/**
 * Where a process that runs no jobs (JOBS=off: the portal's server beside scripts/jobs.ts) sends
 * its nudges: a queue that only sends, started on the first nudge. No workers, schedules or
 * maintenance; one connection.
 */
function sendingQueue(): Promise<PgBoss> | null {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return null;
  const scope = globalThis as { [SENDING]?: Promise<PgBoss> };
  return (scope[SENDING] ??= (async () => {
    const boss = new PgBoss({
      connectionString,
      schema: JOB_SCHEMA,
      max: 1,
      createSchema: false,
      migrate: false,
      supervise: false,
      schedule: false,
    });
    boss.on("error", (error) => logEvent("jobs.error", { error: String(error).slice(0, 300) }));
    await boss.start();
    onShutdown("job nudges", () => boss.stop({ graceful: false }), 1);
    return boss;
  })().catch((error: unknown) => {
    delete scope[SENDING]; // the next nudge tries again
    throw error;
  }));
}

/**
 * Runs a scheduled job now rather than at its next minute (e.g. printing packs right after a
 * publication), in whichever process runs the jobs. Only a nudge: the rows it works on are the
 * record, and the schedule runs it anyway.
 */
export async function runSoon(name: (typeof JOBS)[keyof typeof JOBS]): Promise<void> {
  try {
    await (startedQueue() ?? (await sendingQueue()))?.send(name, null);
  } catch (error) {
    logEvent("jobs.nudgeFailed", { name, error: String(error).slice(0, 300) });
  }
}

export type JobOptions = {
  connectionString: string;
  db: Db;
  transport: MailTransport;
  /** Prints a briefing pack ahead (through this server's pages with Chromium, unless told otherwise). */
  printer?: PackPrinter;
  /** After a job changed what public pages show (an import): by default, this server revalidates them. */
  onPublicChange?: () => Promise<void>;
  /** The time, unless a job names its own. */
  clock?: () => Date;
  /** Whether this instance also registers the schedules (every instance may; pg-boss keeps one). */
  schedule?: boolean;
};

export async function startJobs({
  connectionString,
  db,
  transport,
  printer = printPublicPack,
  onPublicChange = revalidatePublicPagesFromJob,
  clock = () => new Date(),
  schedule = true,
}: JobOptions) {
  // The schema exists already (scripts/db/app-role.ts): the portal's role may not create schemas.
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, createSchema: false });
  boss.on("error", (error) => logEvent("jobs.error", { error: String(error).slice(0, 300) }));
  await boss.start();
  for (const name of Object.values(JOBS)) {
    await boss.createQueue(name, { retryLimit: 3, retryDelay: 30, retryBackoff: true });
  }
  if (schedule) {
    await boss.schedule(JOBS.reminders, "0 1 * * *", null, { tz: "UTC" });
    await boss.schedule(JOBS.translations, "0 5 * * *", null, { tz: "UTC" });
    await boss.schedule(JOBS.digest, "0 6 * * *", null, { tz: "UTC" });
    await boss.schedule(JOBS.mail, "* * * * *");
    await boss.schedule(JOBS.briefing, "* * * * *");
    await boss.schedule(JOBS.imports, "* * * * *");
  }
  const timeOf = (data: JobData) => (data?.now ? new Date(data.now) : clock());
  await boss.work<JobData>(JOBS.reminders, async ([job]) => ({
    reminded: await runReminders(db, timeOf(job!.data)),
  }));
  await boss.work<JobData>(JOBS.digest, async ([job]) => ({
    written: await sendDigests(db, timeOf(job!.data)),
  }));
  await boss.work<JobData>(JOBS.translations, async ([job]) => ({
    locales: await sendTranslationDigests(db, timeOf(job!.data)),
  }));
  await boss.work<JobData>(JOBS.mail, async ([job]) => deliverMail(db, transport, timeOf(job!.data)));
  await boss.work<JobData>(JOBS.briefing, async ([job]) => runBriefingPrints(db, printer, timeOf(job!.data)));
  await boss.work<JobData>(JOBS.imports, async ([job]) =>
    runQueuedImports(db, { onImported: () => onPublicChange() }, timeOf(job!.data)),
  );
  (globalThis as { [STARTED]?: PgBoss })[STARTED] = boss;
  return boss;
}
