// What must end cleanly when the server stops (scripts/serve.ts): the job workers finish or hand
// back their jobs, then the database pool closes. Registered by whoever opened them, run once the
// server has stopped accepting and the requests in flight are done. On the process's global object:
// the server and Next's bundles load this module apart.

type Closer = { name: string; close: () => Promise<void>; order: number };

const CLOSERS = Symbol.for("lmc.shutdown");

function closers(): Closer[] {
  const scope = globalThis as { [CLOSERS]?: Closer[] };
  return (scope[CLOSERS] ??= []);
}

/** Registers `close`; lower `order` runs first (the workers before the pool they use). */
export function onShutdown(name: string, close: () => Promise<void>, order = 0): void {
  closers().push({ name, close, order });
}

/** Runs every closer in order, each given what is left of `budgetMs`; returns those that failed. */
export async function shutDown(budgetMs: number): Promise<string[]> {
  const deadline = Date.now() + budgetMs;
  const failed: string[] = [];
  for (const closer of [...closers()].sort((a, b) => a.order - b.order)) {
    const left = Math.max(0, deadline - Date.now());
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        closer.close(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), left))),
      ]);
    } catch {
      failed.push(closer.name);
    } finally {
      clearTimeout(timer);
    }
  }
  return failed;
}
