import "server-only";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { sharedRedis } from "@/lib/cache/redis";
import { logEvent } from "@/lib/log";

// Public API requests are counted per client address where a count costs nothing per request
// (docs/decisions/0026): in Redis when REDIS_URL is set, so the limit holds across the instances
// that share it (ADR 32), else in the one server's memory. While Redis is away, each instance
// counts in its own memory. (Counted in PostgreSQL, every request waited for a write: 3.5 ms of a
// 10 ms answer.) API_RATE_LIMIT sets requests per minute (default 300: a harvester paging 10,000
// projects by 1,000 needs ten). Documented on the developers' page.
export const API_WINDOW_SECONDS = 60;
export const apiRateLimit = (value = process.env.API_RATE_LIMIT): number => {
  const limit = Number(value ?? 300);
  return Number.isInteger(limit) && limit > 0 ? limit : 300;
};

type RedisClient = NonNullable<ReturnType<typeof sharedRedis>>["client"];

/** The limiter of one instance: on `redis` when given, with its memory as the fallback. */
export function createApiLimiter(limit: number, redis?: RedisClient): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ keyPrefix: "api", points: limit, duration: API_WINDOW_SECONDS });
  if (!redis) return memory;
  return new RateLimiterRedis({
    storeClient: redis,
    useRedisPackage: true,
    keyPrefix: "lmc:api-rate",
    points: limit,
    duration: API_WINDOW_SECONDS,
    // Not connected: count in memory at once rather than wait for the command to time out.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
}

let limiter: RateLimiterAbstract | undefined;

export type Allowance = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

/** Counts one request from `address`; a store that fails lets the request through (and is logged). */
export async function takeApiRequest(address: string | null): Promise<Allowance> {
  const limit = apiRateLimit();
  limiter ??= createApiLimiter(limit, sharedRedis()?.client);
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
