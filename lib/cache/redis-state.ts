// Whether the shared Redis answers, as this process last saw it (docs/decisions/0032). The
// connection lives in the portal's server (lib/cache/redis.ts, loaded outside Next's bundles); the
// readiness check inside Next's bundles reads it here, on the process's global object, without
// bundling a Redis client of its own.

type RedisState = {
  /** REDIS_URL is set: the caches are shared through Redis. */
  configured: boolean;
  up: boolean;
  /** A round trip to Redis; resolves when it answered. */
  ping?: () => Promise<void>;
};

const STATE = Symbol.for("lmc.redisState");

export function redisState(): RedisState {
  const scope = globalThis as { [STATE]?: RedisState };
  return (scope[STATE] ??= { configured: false, up: false });
}
