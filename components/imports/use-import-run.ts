"use client";

import { useEffect, useState } from "react";
import type { ImportRunView } from "@/lib/imports/queries";
import { routes } from "@/lib/routes";

/** A run as the polling route sends it (its dates as strings). */
export type PolledRun = Omit<ImportRunView, "createdAt">;

const FINISHED = new Set<PolledRun["state"]>(["checked", "imported", "failed"]);
/** Every second while the worker tries the file; every five after the first minute. */
const delayAfter = (polls: number) => (polls < 60 ? 1_000 : 5_000);

/**
 * Follows a queued run until a worker has finished with it. A failed poll (the network, a restart)
 * is tried again; `unreachable` says so meanwhile. `onFinished` is called once, with the final run.
 */
export function useImportRun(runId: string | null, onFinished: (run: PolledRun) => void) {
  const [run, setRun] = useState<PolledRun | null>(null);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    if (!runId) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let polls = 0;
    const poll = async () => {
      try {
        const response = await fetch(routes.api.importRun(runId), { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const latest = (await response.json()) as PolledRun;
        if (stopped) return;
        setRun(latest);
        setUnreachable(false);
        if (FINISHED.has(latest.state)) return onFinished(latest);
      } catch {
        if (stopped) return;
        setUnreachable(true);
      }
      timer = setTimeout(poll, delayAfter(++polls));
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // The run to follow is its id; a new callback identity must not restart the polling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runId]);

  return { run: run?.id === runId ? run : null, unreachable };
}
