import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";
import { logEvent } from "@/lib/log";

// Public API requests are counted per client address in PostgreSQL (the sign-in limiter's table),
// so the limit holds across instances. API_RATE_LIMIT sets requests per minute (default 300: a
// harvester paging 10,000 projects by 1,000 needs ten). Documented on the developers' page.
export const API_WINDOW_SECONDS = 60;
export const apiRateLimit = (value = process.env.API_RATE_LIMIT): number => {
  const limit = Number(value ?? 300);
  return Number.isInteger(limit) && limit > 0 ? limit : 300;
};

let limiter: RateLimiterPrisma | undefined;

export type Allowance = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

/** Counts one request from `address`; a store that fails lets the request through (and is logged). */
export async function takeApiRequest(address: string | null): Promise<Allowance> {
  const limit = apiRateLimit();
  limiter ??= new RateLimiterPrisma({
    storeClient: getDb(),
    tableName: "rateLimit",
    keyPrefix: "api",
    points: limit,
    duration: API_WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  });
  const seconds = (result: RateLimiterRes) => Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  try {
    const result = await limiter.consume(address ?? "unknown");
    return { allowed: true, limit, remaining: result.remainingPoints, resetSeconds: seconds(result) };
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) {
      return { allowed: false, limit, remaining: 0, resetSeconds: seconds(refusal) };
    }
    logEvent("api.rateLimitUnavailable", { error: String(refusal).slice(0, 200) });
    return { allowed: true, limit, remaining: limit, resetSeconds: API_WINDOW_SECONDS };
  }
}
