// The production build under test: the portal's server (scripts/serve.ts) on a database of the bench's own.
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { buildFile } from "../build-dir";
import { spawnPortal } from "../spawn-portal";

export const fmt = (value: number, digits = 1) => value.toFixed(digits);

export function requireBuild(): void {
  if (existsSync(buildFile("BUILD_ID"))) return;
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

export async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}

export type Portal = {
  origin: string;
  /** Resident memory of the server's own process, in MiB; Linux only. */
  rssMiB(): number;
  /** The same with its child processes (the on-demand briefing printer's Chromium). */
  treeRssMiB(): number;
  /** The job process's, with its children (the printer's Chromium); 0 without one (JOBS=off). */
  jobsTreeRssMiB(): number;
  /** SIGTERM: it drains its requests and closes cleanly. */
  stop(): Promise<void>;
  /** SIGKILL: gone at once, as when a machine fails. */
  kill(): Promise<void>;
};

type PortalOptions = {
  /** The address users reach it at (a balancer in front); its own by default. */
  publicOrigin?: string;
  env?: Record<string, string>;
  /** Its log on this process's output (the cluster) or nowhere (benchmarks, tests). */
  log?: boolean;
};

/** A process and its descendants, from /proc. */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [pid];
  }
  return [pid, ...children.flatMap(processTree)];
}

function rssKiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export async function startPortal(
  databaseUrl: string,
  port: number,
  { publicOrigin, env = {}, log = false }: PortalOptions = {},
): Promise<Portal> {
  const origin = `http://127.0.0.1:${port}`;
  // As `npm start` runs it: the server, and the job process beside it unless told JOBS=off. Each
  // is node on its compiled code, one process: a SIGKILL ends it.
  const portal = await spawnPortal(
    {
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      // Sign-ins (the load test's) are accepted from the address the clients use.
      NEXTAUTH_URL: publicOrigin ?? origin,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    log ? "inherit" : "ignore",
  );
  await waitFor(`${origin}/en`);
  const treeRss = (child: ChildProcess | null) =>
    child ? processTree(child.pid!).reduce((sum, pid) => sum + rssKiB(pid), 0) / 1024 : 0;
  return {
    origin,
    rssMiB: () => rssKiB(portal.server.pid!) / 1024,
    treeRssMiB: () => treeRss(portal.server),
    jobsTreeRssMiB: () => treeRss(portal.jobs),
    stop: () => portal.stop("SIGTERM"),
    kill: () => portal.stop("SIGKILL"),
  };
}
