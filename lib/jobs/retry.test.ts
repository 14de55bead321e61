import { describe, expect, it } from "vitest";
import { afterFailure, MAX_ATTEMPTS } from "./retry";

describe("after a failed attempt", () => {
  const now = new Date("2026-12-06T10:00:00Z");

  it("waits 1, 5, then 25 minutes", () => {
    expect([1, 2, 3].map((attempts) => afterFailure(attempts, now))).toEqual([
      { nextAttemptAt: new Date("2026-12-06T10:01:00Z") },
      { nextAttemptAt: new Date("2026-12-06T10:05:00Z") },
      { nextAttemptAt: new Date("2026-12-06T10:25:00Z") },
    ]);
  });

  it("gives up after the fourth attempt", () => {
    expect(afterFailure(MAX_ATTEMPTS, now)).toEqual({ state: "failed" });
  });
});
