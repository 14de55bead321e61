import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";

// Failed sign-ins are counted in PostgreSQL, so the limits hold across server instances. Every
// attempt takes its point before the password is checked, in one atomic increment, so parallel
// guesses cannot all pass a check made before any of them was counted; an attempt that turns out
// not to be a failure gives its point back. Within 15 minutes:
// - pair: 5 failures for one account from one address lock that account from that address;
// - address: 30 failures from one address lock it for every account;
// - account: 20 failures from anywhere lock the account, except from addresses it has signed in
//   from before (the owner's usual places): a stranger who knows an email address cannot lock
//   its owner out, and a guesser spread over many addresses still stops after 20.
// Rows of windows that ended an hour ago are deleted as new attempts come (docs/decisions/0007).
export const SIGN_IN_LIMITS = { pair: 5, address: 30, account: 20 } as const;
const WINDOW_SECONDS = 15 * 60;

type Scope = keyof typeof SIGN_IN_LIMITS;
let limiters: Record<Scope, RateLimiterPrisma> | undefined;

function limiter(scope: Scope): RateLimiterPrisma {
  limiters ??= Object.fromEntries(
    (Object.keys(SIGN_IN_LIMITS) as Scope[]).map((name) => [
      name,
      new RateLimiterPrisma({
        storeClient: getDb(),
        tableName: "rateLimit",
        keyPrefix: `signin-${name}`,
        points: SIGN_IN_LIMITS[name],
        duration: WINDOW_SECONDS,
        clearExpiredByTimeout: false,
      }),
    ]),
  ) as Record<Scope, RateLimiterPrisma>;
  return limiters[scope];
}

export type AttemptKeys = {
  email: string;
  ip: string | null;
  /** The account has signed in from this address before: the account-wide lock does not apply. */
  knownAddress: boolean;
};

/** One sign-in attempt, counted before anything is checked. */
export type CountedAttempt = {
  /** Minutes until a limit this attempt ran into ends; 0 when it may proceed. */
  lockedMinutes: number;
  /** The attempt failed: minutes the limits it reached now lock, or 0. */
  failed(): Promise<number>;
  /** The attempt was no failure (signed in, or asked for the second factor): its point goes back. */
  forgive(options?: { signedIn?: boolean }): Promise<void>;
};

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

export async function countAttempt({ email, ip, knownAddress }: AttemptKeys): Promise<CountedAttempt> {
  await getDb().rateLimit.deleteMany({ where: { expire: { lt: new Date(Date.now() - 3_600_000) } } });
  const keys: [Scope, string][] = [
    ["pair", `${email} ${ip ?? "-"}`],
    ["account", email],
  ];
  if (ip) keys.push(["address", ip]);
  const binding = ([scope]: [Scope, string]) => !(scope === "account" && knownAddress);
  const counted = await Promise.all(
    keys.map(async ([scope, key]) => {
      try {
        return await limiter(scope).consume(key);
      } catch (reason) {
        // Over the limit is an answer; anything else (the database gone) is a real error.
        if (reason instanceof RateLimiterRes) return reason;
        throw reason;
      }
    }),
  );
  const waits = counted.flatMap((result, index) =>
    binding(keys[index]!) && result.consumedPoints > SIGN_IN_LIMITS[keys[index]![0]]
      ? [result.msBeforeNext]
      : [],
  );
  return {
    lockedMinutes: waits.length ? minutes(Math.max(...waits)) : 0,
    async failed() {
      // This failure used the last point of a limit: lock from now for a whole window.
      const reached = keys.filter(
        (entry, index) => binding(entry) && counted[index]!.consumedPoints >= SIGN_IN_LIMITS[entry[0]],
      );
      await Promise.all(reached.map(([scope, key]) => limiter(scope).block(key, WINDOW_SECONDS)));
      return reached.length ? minutes(WINDOW_SECONDS * 1000) : 0;
    },
    async forgive({ signedIn = false }: { signedIn?: boolean } = {}) {
      await Promise.all(
        keys.map(([scope, key]) =>
          // Signing in clears this account's failures from this address (the owner mistyped).
          signedIn && scope === "pair" ? limiter(scope).delete(key) : limiter(scope).reward(key, 1),
        ),
      );
    },
  };
}
