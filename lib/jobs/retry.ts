// How the outbox-like jobs (e-mail, briefing prints) treat a failed attempt: tried again after 1, 5,
// then 25 minutes, and after the fourth attempt marked failed for a person to retry. Pure.

export const MAX_ATTEMPTS = 4;

/** What to store on a row whose attempt number `attempts` (1-based) just failed at `now`. */
export function afterFailure(attempts: number, now: Date): { state: "failed" } | { nextAttemptAt: Date } {
  return attempts >= MAX_ATTEMPTS
    ? { state: "failed" }
    : { nextAttemptAt: new Date(now.getTime() + 60_000 * 5 ** (attempts - 1)) };
}
