import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";

// Failed sign-ins are counted in PostgreSQL, so the limits hold across server instances.
// Per account: 5 failures in 15 minutes lock it for 15 minutes. Per address: 30 failures.
const WINDOW_SECONDS = 15 * 60;

let limiters: { account: RateLimiterPrisma; address: RateLimiterPrisma } | undefined;

function get() {
  const options = {
    storeClient: getDb(),
    tableName: "rateLimit",
    duration: WINDOW_SECONDS,
    blockDuration: WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  };
  limiters ??= {
    account: new RateLimiterPrisma({ ...options, keyPrefix: "signin-account", points: 5 }),
    address: new RateLimiterPrisma({ ...options, keyPrefix: "signin-ip", points: 30 }),
  };
  return limiters;
}

type Keys = { email: string; ip: string | null };

/** Minutes until the account or address may try again, or 0 when neither is locked. */
export async function lockedForMinutes({ email, ip }: Keys): Promise<number> {
  const { account, address } = get();
  const states = await Promise.all([account.get(email), ip ? address.get(ip) : null]);
  const waits = states.map((state, index) => {
    const limit = index === 0 ? 5 : 30;
    return state && state.consumedPoints >= limit ? state.msBeforeNext : 0;
  });
  const wait = Math.max(...waits);
  return wait > 0 ? Math.ceil(wait / 60_000) : 0;
}

export async function countFailure({ email, ip }: Keys): Promise<void> {
  const { account, address } = get();
  await Promise.all([
    account.consume(email).catch(ignoreLimit),
    ip ? address.consume(ip).catch(ignoreLimit) : null,
  ]);
}

export async function forgiveAccount(email: string): Promise<void> {
  await get().account.delete(email);
}

function ignoreLimit(reason: unknown) {
  // Going over the limit is what lockedForMinutes reports next time; anything else is a real error.
  if (!(reason instanceof RateLimiterRes)) throw reason;
}
