// Next calls register() once when a server starts: the portal's background jobs start here, in the
// Node runtime, beside the pages (docs/decisions/0029). JOBS=off leaves them to another instance.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.JOBS === "off") return;
  const { startPortalJobs } = await import("@/lib/jobs/start");
  await startPortalJobs();
}
