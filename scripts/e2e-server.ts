// The server the browser tests run against: a fresh database (migrated and seeded) on the e2e
// embedded cluster or DATABASE_URL's server, and the portal's server and job process on the
// production build, as `npm start` runs them.
import { existsSync } from "node:fs";
import { buildFile } from "./build-dir";
import { clusters } from "./db/embedded";
import { createTestDatabase } from "./db/test-database";
import { clearPageCache } from "./page-cache";
import { spawnPortal } from "./spawn-portal";

const port = process.env.E2E_PORT ?? "3100";
if (!existsSync(buildFile("BUILD_ID"))) {
  console.error(`No production build in ${buildFile()}: run \`npm test\` (it builds there) first.`);
  process.exit(1);
}

clearPageCache();
const database = await createTestDatabase(clusters.e2e, "e2e");
// As `npm start` runs them: the server, and the background jobs in a process beside it.
const portal = await spawnPortal({
  PORT: port,
  DATABASE_URL: database.url,
  NEXTAUTH_URL: `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await portal.stop();
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
void portal.firstExit.then(stop);
