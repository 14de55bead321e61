// `npm start`: the portal on http://localhost:3000 with a real PostgreSQL (scripts/prepare-portal.ts:
// the embedded one unless DATABASE_URL is set, migrated and seeded, a build made when none exists),
// served by scripts/serve.ts as the portal's own restricted role, with the background jobs in a
// process beside it (scripts/jobs.ts); both compiled (scripts/compile-portal.ts). `npm run dev`
// serves `next dev`, jobs inside. Ctrl-C stops them and the database; so does either one's exit.
import type { ChildProcess } from "node:child_process";
import { compilePortal } from "./compile-portal";
import { finished, preparePortal, run, type PreparedPortal } from "./prepare-portal";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

let database: PreparedPortal["database"] | undefined;
let processes: ChildProcess[] = [];
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  const running = processes.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill("SIGTERM");
  await Promise.all(running.map(finished));
  await database?.close();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  const { env } = await preparePortal({
    dev,
    publicOrigin: `http://localhost:${port}`,
    onDatabase: (opened) => (database = opened),
  });
  if (dev) processes = [run("node_modules/.bin/tsx", ["scripts/serve.ts", "--dev"], { ...env, PORT: port })];
  else {
    const compiled = await compilePortal();
    const shared = { ...env, ...compiled.env, PORT: port };
    processes = [
      run(process.execPath, compiled.server, { ...shared, JOBS: "off" }),
      run(process.execPath, compiled.jobs, shared),
    ];
  }
  await stop(await Promise.race(processes.map(finished)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
