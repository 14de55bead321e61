// `npm start`: the portal on http://localhost:3000 with a real PostgreSQL (scripts/prepare-portal.ts:
// the embedded one unless DATABASE_URL is set, migrated and seeded, a build made when none exists),
// served by scripts/serve.ts as the portal's own restricted role, with the background jobs in a
// process beside it (scripts/jobs.ts); both compiled (scripts/compile-portal.ts). `npm run dev`
// serves `next dev`, jobs inside. Ctrl-C stops them and the database; so does either one's exit.
import { finished, preparePortal, run, type PreparedPortal } from "./prepare-portal";
import { spawnPortal } from "./spawn-portal";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

let database: PreparedPortal["database"] | undefined;
let stopServing: (() => Promise<void>) | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await stopServing?.();
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
  if (dev) {
    const server = run("node_modules/.bin/tsx", ["scripts/serve.ts", "--dev"], { ...env, PORT: port });
    const exited = finished(server);
    stopServing = async () => {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
      await exited;
    };
    await stop(await exited);
  } else {
    const portal = await spawnPortal({ ...env, PORT: port });
    stopServing = () => portal.stop();
    await stop(await portal.firstExit);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
