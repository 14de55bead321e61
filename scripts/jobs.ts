// The portal's background jobs in a process of their own (docs/decisions/0029): reminders, digests,
// the e-mail outbox, briefing packs printed ahead, spreadsheet imports. Started beside the server
// (which then runs with JOBS=off) by `npm start`, the browser tests, the benchmark and the cluster,
// so that the server's memory holds pages, not the queue, the mailer, the spreadsheet reader and
// the printer's driver. Same environment as the server: DATABASE_URL, NEXTAUTH_SECRET, PORT (the
// server it prints and revalidates through), SMTP_URL.
// While the database cannot be reached the queue cannot start: it tries again every 10 s.
// On SIGTERM or SIGINT jobs in flight finish (10 s at most) or go back to the queue, and it exits.
import { logEvent } from "../lib/log";
import { startPortalJobs } from "../lib/jobs/start";
import { shutDown } from "../lib/ops/shutdown";

const RETRY_MS = 10_000;
let stopping = false;
let retry: ReturnType<typeof setTimeout> | undefined;

async function start(): Promise<void> {
  if (stopping) return;
  if (await startPortalJobs()) logEvent("jobs.started", {});
  else retry = setTimeout(() => void start(), RETRY_MS);
}

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearTimeout(retry);
  const failed = await shutDown(15_000);
  if (failed.length) console.error(`Not closed cleanly: ${failed.join(", ")}`);
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

await start();
