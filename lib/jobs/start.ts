import "server-only";
import { getDb } from "@/lib/db/client";
import { logEvent } from "@/lib/log";
import { onShutdown } from "@/lib/ops/shutdown";
import { configuredTransport } from "@/lib/notifications/mailer";
import { startJobs } from "./queue";

/**
 * The portal's job workers, on its own database connection (in scripts/jobs.ts's process, or in the
 * server's); stopped with their process. Resolves to whether they started.
 */
export async function startPortalJobs(): Promise<boolean> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return false;
  try {
    const boss = await startJobs({ connectionString, db: getDb(), transport: configuredTransport() });
    // In-flight jobs finish (10 s at most) or, if the process goes first, are retried by another worker.
    onShutdown("jobs", () => boss.stop({ graceful: true, timeout: 10_000 }));
    return true;
  } catch (error) {
    // The pages keep working without the queue; the log says why there are no reminders.
    logEvent("jobs.unavailable", { error: String(error).slice(0, 300) });
    return false;
  }
}
