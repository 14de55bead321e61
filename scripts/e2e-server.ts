// The server the browser tests run against: a fresh database (migrated and seeded) on the e2e
// embedded cluster or DATABASE_URL's server, and the portal's server and job process on the
// production build, as `npm start` runs them.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { buildFile } from "./build-dir";
import { compilePortal } from "./compile-portal";
import { clusters } from "./db/embedded";
import { createTestDatabase } from "./db/test-database";
import { clearPageCache } from "./page-cache";

const port = process.env.E2E_PORT ?? "3100";
if (!existsSync(buildFile("BUILD_ID"))) {
  console.error(`No production build in ${buildFile()}: run \`npm test\` (it builds there) first.`);
  process.exit(1);
}

clearPageCache();
const database = await createTestDatabase(clusters.e2e, "e2e");
const compiled = await compilePortal();
const environment = {
  ...process.env,
  ...compiled.env,
  PORT: port,
  DATABASE_URL: database.url,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};
// As `npm start` runs them: the server, and the background jobs in a process beside it.
const server = spawn(process.execPath, compiled.server, {
  stdio: "inherit",
  env: { ...environment, JOBS: "off" },
});
const jobs = spawn(process.execPath, compiled.jobs, { stdio: "inherit", env: environment });

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    [server, jobs]
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => {
        child.kill("SIGTERM");
        return new Promise((resolve) => child.once("exit", resolve));
      }),
  );
  try {
    await database.dispose();
  } catch (error) {
    // The embedded cluster may already be going down with the same signal.
    console.error(`Could not drop the e2e database: ${(error as Error).message}`);
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 1));
jobs.on("exit", (code) => void stop(code ?? 1));
