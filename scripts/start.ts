// `npm start`: the portal on http://localhost:3000 with a real PostgreSQL (scripts/prepare-portal.ts:
// the embedded one unless DATABASE_URL is set, migrated and seeded, a build made when none exists),
// served by scripts/serve.ts (compiled, scripts/compile-server.ts) as the portal's own restricted role. `npm run dev` does the same with
// `next dev`. Ctrl-C stops the server and the database.
import type { ChildProcess } from "node:child_process";
import { compileServer } from "./compile-server";
import { finished, preparePortal, run, type PreparedPortal } from "./prepare-portal";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

let database: PreparedPortal["database"] | undefined;
let server: ChildProcess | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await finished(server);
  }
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
  if (dev) server = run("node_modules/.bin/tsx", ["scripts/serve.ts", "--dev"], { ...env, PORT: port });
  else {
    const compiled = await compileServer();
    server = run(process.execPath, compiled.args, { ...env, ...compiled.env, PORT: port });
  }
  await stop(await finished(server));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
