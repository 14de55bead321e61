// The public API's rate limit on a real Redis (docs/decisions/0026): one address's requests are
// counted together by every instance sharing Redis; while Redis is away each instance counts in its
// own memory and answers at once, and counts on Redis again when it returns. Without REDIS_URL the
// count is the server's memory (the 429 case in open-data-api.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimiterRes } from "rate-limiter-flexible";
import { closeRedis, sharedRedis } from "@/lib/cache/redis";
import { redisState } from "@/lib/cache/redis-state";
import { createApiLimiter } from "@/lib/http/api-rate-limit";
import { REDIS_PORTS, startLocalRedis, type LocalRedis } from "../../scripts/redis-server";

let redis: LocalRedis;
/** Another instance's connection to the same Redis. */
let other: NonNullable<ReturnType<typeof sharedRedis>>["client"];

async function until(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  redis = await startLocalRedis(REDIS_PORTS.integration);
  process.env.REDIS_URL = redis.url;
  other = sharedRedis()!.client.duplicate();
  other.on("error", () => {});
  await other.connect();
  await until(() => redisState().up);
});

afterAll(async () => {
  other.destroy();
  await closeRedis();
  delete process.env.REDIS_URL;
  await redis.stop();
});

describe("the API's rate limit on Redis", () => {
  it("counts one address's requests on every instance together, and other addresses apart", async () => {
    const first = createApiLimiter(5, sharedRedis()!.client);
    const second = createApiLimiter(5, other);
    for (const instance of [first, second, first, second, first]) await instance.consume("10.9.0.1");
    const refusal = await second.consume("10.9.0.1").catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RateLimiterRes);
    expect((refusal as RateLimiterRes).msBeforeNext).toBeGreaterThan(50_000);
    await expect(first.consume("10.9.0.1")).rejects.toBeInstanceOf(RateLimiterRes);
    await expect(first.consume("10.9.0.2")).resolves.toMatchObject({ remainingPoints: 4 });
  });

  it("counts in the instance's memory while Redis is away, without waiting, and on Redis once it is back", async () => {
    const limiter = createApiLimiter(3, sharedRedis()!.client);
    await redis.stop();
    await until(() => !redisState().up);
    const started = performance.now();
    for (let n = 0; n < 3; n++) await limiter.consume("10.9.1.1");
    await expect(limiter.consume("10.9.1.1")).rejects.toBeInstanceOf(RateLimiterRes);
    expect(performance.now() - started).toBeLessThan(1_000);
    await redis.start();
    await until(() => redisState().up);
    // Redis came back empty (a cache): the address starts a new window there.
    await expect(limiter.consume("10.9.1.1")).resolves.toMatchObject({ remainingPoints: 2 });
    expect(await sharedRedis()!.client.exists("lmc:api-rate:10.9.1.1")).toBe(1);
  });
});
