// Whether the database can be reached, as this process last saw it. The portal's server probes it
// (scripts/serve.ts: every 2 s, every 0.5 s while it is down) and the Prisma pool reports a lost
// connection at once (lib/db/create-client.ts); while it is down the server answers 503 with
// Retry-After and a translated page instead of letting every request fail in its own way, and it
// serves again as soon as a probe succeeds, without a restart. On the process's global object:
// the server and Next's bundles load this module apart.

type State = { down: boolean; since: number; wake?: () => Promise<void> };

const STATE = Symbol.for("lmc.databaseState");

function state(): State {
  const scope = globalThis as { [STATE]?: State };
  return (scope[STATE] ??= { down: false, since: 0 });
}

export function isDatabaseDown(): boolean {
  return state().down;
}

/**
 * A connection was lost or refused: the watcher probes at once rather than at its next turn. Only
 * a probe marks the database down (and only a probe marks it up again): without a watcher (tests,
 * scripts) nothing changes.
 */
export function reportDatabaseLost(): void {
  void state().wake?.();
}

/**
 * Whether the database is down after a probe sent now (or the one under way): for a request that
 * has just failed and must know why before it answers. False without a watcher.
 */
export async function confirmDatabaseDown(): Promise<boolean> {
  await state().wake?.();
  return state().down;
}

/**
 * Probes the database until stopped: `probe` resolves when it answers. Returns how to stop.
 * `onChange` hears of every change (for the log).
 */
export function watchDatabase(
  probe: () => Promise<void>,
  onChange: (down: boolean, forMs: number) => void,
  { upEveryMs = 2_000, downEveryMs = 500 } = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const current = state();
  const answers = async () => {
    try {
      await probe();
      return true;
    } catch {
      return false;
    }
  };
  const check = async () => {
    clearTimeout(timer);
    let reachable = await answers();
    // One failed probe does not turn requests away: a server whose event loop is held up (loading
    // its bundles just after a start, a burst of renders) can read a probe's answer only after its
    // timeout has fired. A second probe, sent at once, confirms; a stopped database refuses both
    // within milliseconds.
    if (!reachable && !current.down) reachable = await answers();
    const wasDown = current.down;
    if (!reachable && !wasDown) Object.assign(current, { down: true, since: Date.now() });
    if (reachable && wasDown) current.down = false;
    if (wasDown !== current.down) onChange(current.down, Date.now() - current.since);
    if (!stopped) timer = setTimeout(() => void checkOnce(), current.down ? downEveryMs : upEveryMs);
    timer?.unref();
  };
  // One probe at a time: a wake-up while one is under way waits for its answer.
  let running: Promise<void> | undefined;
  const checkOnce = () => (running ??= check().finally(() => (running = undefined)));
  current.wake = checkOnce;
  void checkOnce();
  return () => {
    stopped = true;
    clearTimeout(timer);
    current.wake = undefined;
  };
}

/** Whether an error means the database could not be reached (not that a query was wrong). */
export function isDatabaseUnreachable(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.name} ${error.message} ${String(error.cause ?? "")}` : String(error);
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection terminated|terminating connection|database system is (shutting down|starting up|not yet accepting)|Can't reach database|P1001|P1017|DatabaseNotReachable|ConnectionClosed|connection closed|Timed out fetching a new connection/i.test(
    text,
  );
}
