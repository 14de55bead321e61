// A real Redis for trying several instances on one machine (`npm run start:cluster`), the load test
// and the tests: Debian's `redis-server`, in memory only, on a port of its own. It can be stopped
// and started again on the same port (the fault tests), always empty, as a restarted cache is.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createConnection } from "node:net";

/** One port per user, so that they run side by side. */
export const REDIS_PORTS = {
  /** `npm run start:cluster`. */
  cluster: 6390,
  /** Integration tests (vitest). */
  integration: 6391,
  /** The cluster fault tests (tests/e2e/cluster-faults.spec.ts). */
  faults: 6392,
  /** `npm run test:load -- --instances 2`. */
  load: 6393,
} as const;

export type LocalRedis = {
  url: string;
  port: number;
  /** Stops it (SIGTERM) and waits until it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
};

/** The command, or null when Redis is not installed (`apt-get install redis-server`). */
export function redisServerCommand(): string | null {
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : null;
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => socket.end("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startLocalRedis(port: number): Promise<LocalRedis> {
  const command = redisServerCommand();
  if (!command) throw new Error("redis-server is not installed: apt-get install redis-server");
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      command,
      // No disk at all, a memory cap with least-recently-used eviction: a cache, not a store.
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"].concat([
        "--maxmemory",
        "512mb",
        "--maxmemory-policy",
        "allkeys-lru",
      ]),
      { stdio: "ignore" },
    );
    for (let tries = 0; tries < 100; tries++) {
      if (await answers(port)) return;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not start on port ${port}`);
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGTERM");
    await exited;
  };
  process.on("exit", () => child?.kill("SIGKILL"));
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}
