// The production portal as every launcher starts it (`npm start`, the browser tests, the benchmark,
// the cluster): the compiled server (scripts/compile-portal.ts) with JOBS=off, and the job process
// beside it (scripts/jobs.ts, docs/decisions/0029) unless the environment says JOBS=off.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { compilePortal } from "./compile-portal";

export type PortalProcesses = {
  server: ChildProcess;
  /** Null when the environment asked for none (JOBS=off). */
  jobs: ChildProcess | null;
  /** The exit code of whichever process ends first (1 when a signal ended it). */
  firstExit: Promise<number>;
  /** Signals those still running and resolves once all have exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

/** Compiles the portal (once per process) and starts it with `env` over this process's environment. */
export async function spawnPortal(
  env: Record<string, string>,
  stdio: StdioOptions = "inherit",
): Promise<PortalProcesses> {
  const compiled = await compilePortal();
  const environment: NodeJS.ProcessEnv = { ...process.env, ...compiled.env, ...env };
  const server = spawn(process.execPath, compiled.server, { stdio, env: { ...environment, JOBS: "off" } });
  const jobs =
    environment.JOBS === "off" ? null : spawn(process.execPath, compiled.jobs, { stdio, env: environment });
  const children = jobs ? [server, jobs] : [server];
  const exits = children.map(
    (child) =>
      new Promise<number>((resolve) =>
        child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
      ),
  );
  return {
    server,
    jobs,
    firstExit: Promise.race(exits),
    async stop(signal = "SIGTERM") {
      for (const child of children) {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      }
      await Promise.all(exits);
    },
  };
}
