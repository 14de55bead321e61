import { afterEach, describe, expect, it } from "vitest";
import { isDatabaseDown, isDatabaseUnreachable, reportDatabaseLost, watchDatabase } from "./database-state";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("database state", () => {
  let stop = () => {};
  afterEach(() => stop());

  it("is down while probes fail and up again at the first probe that succeeds", async () => {
    let reachable = true;
    const changes: boolean[] = [];
    stop = watchDatabase(
      async () => {
        if (!reachable) throw new Error("ECONNREFUSED");
      },
      (down) => changes.push(down),
      { upEveryMs: 1_000, downEveryMs: 10 },
    );
    await tick(20);
    expect(isDatabaseDown()).toBe(false);
    reachable = false;
    // A lost connection makes the watcher probe at once, not at its next turn (a second away).
    reportDatabaseLost();
    await tick(20);
    expect(isDatabaseDown()).toBe(true);
    reachable = true;
    await tick(50);
    expect(isDatabaseDown()).toBe(false);
    expect(changes).toEqual([true, false]);
  });

  it("needs a second failed probe, sent at once, before it turns requests away", async () => {
    // The first probe after the start times out (the server was busy loading), the next answers.
    const outcomes = [false, true];
    let probes = 0;
    const changes: boolean[] = [];
    stop = watchDatabase(
      async () => {
        probes++;
        if (!(outcomes.shift() ?? true)) throw new Error("Query read timeout");
      },
      (down) => changes.push(down),
      { upEveryMs: 1_000, downEveryMs: 10 },
    );
    await tick(20);
    expect(probes).toBe(2);
    expect(isDatabaseDown()).toBe(false);
    expect(changes).toEqual([]);
  });

  it("tells an unreachable database from a wrong query", () => {
    expect(isDatabaseUnreachable(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("terminating connection due to administrator command"))).toBe(
      true,
    );
    expect(isDatabaseUnreachable(new Error('column "x" does not exist'))).toBe(false);
  });
});
