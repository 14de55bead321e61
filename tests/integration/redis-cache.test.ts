// Next's caches shared through a real Redis (docs/decisions/0032): what one instance's handler
// stored, another's reads, bytes and all; a tag expired by one is expired for every other at once
// (rendered pages by their tags header, cached data by their tags); while Redis is stopped every
// read is a quick miss and nothing throws, and an expiry made meanwhile is written when it returns;
// changes to public pages are announced to the other instances; readiness reports Redis.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "redis";
import type { CacheHandlerContext } from "next/dist/server/lib/incremental-cache";
import RedisCacheHandler, { TAG_EXPIRY_KEY } from "@/lib/cache/redis-cache-handler";
import { closeRedis, sharedRedis } from "@/lib/cache/redis";
import { redisState } from "@/lib/cache/redis-state";
import { publishPageChange, subscribeToPageChanges } from "@/lib/cache/shared-page-changes";
import { createPrismaClient } from "@/lib/db/create-client";
import { readiness } from "@/lib/ops/readiness";
import { REDIS_PORTS, startLocalRedis, type LocalRedis } from "../../scripts/redis-server";

let redis: LocalRedis;
const db = createPrismaClient(process.env.DATABASE_URL!);
const context = { revalidatedTags: [], _requestHeaders: {} } as unknown as CacheHandlerContext;
// Two instances: two handlers (each instance builds its own); the connection is per process.
const first = new RedisCacheHandler(context);
const second = new RedisCacheHandler(context);

beforeAll(async () => {
  redis = await startLocalRedis(REDIS_PORTS.integration);
  process.env.REDIS_URL = redis.url;
  sharedRedis(); // the server opens the connection as it starts
  await until(() => redisState().up);
});

afterAll(async () => {
  await closeRedis();
  delete process.env.REDIS_URL;
  await redis.stop();
  await db.$disconnect();
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const page = (key: string, tags: string[]) =>
  ({
    kind: "APP_PAGE",
    html: `<html lang="th"><body>${key} ภาษาไทย</body></html>`,
    rscData: Buffer.from(`rsc ${key}`),
    status: 200,
    postponed: undefined,
    headers: { "x-next-cache-tags": tags.join(",") },
    segmentData: new Map([["/_tree", Buffer.from("segment")]]),
  }) as never;
const pageGet = { kind: "APP_PAGE", isFallback: false } as const;
const pageSet = { cacheControl: { revalidate: 300, expire: 3600 } } as never;
const data = (value: unknown) => ({ kind: "FETCH", data: value, revalidate: 300 }) as never;

describe("Next's caches shared through Redis", () => {
  it("serves what one instance stored to another, bytes, maps and lifetime as stored", async () => {
    await first.set("/th/plan", page("plan", ["_N_T_/layout", "_N_T_/[lng]/layout"]), pageSet);
    const entry = await second.get("/th/plan", pageGet as never);
    expect(entry?.cacheControl).toEqual({ revalidate: 300, expire: 3600 });
    const value = entry?.value as unknown as {
      html: string;
      rscData: Buffer;
      segmentData: Map<string, Buffer>;
    };
    expect(value.html).toContain("ภาษาไทย");
    expect(Buffer.isBuffer(value.rscData) && value.rscData.toString()).toBe("rsc plan");
    expect(value.segmentData.get("/_tree")?.toString()).toBe("segment");
    expect(await second.get("/never-stored", pageGet as never)).toBeNull();
  });

  it("expires on every instance a tag one of them revalidated, and only what carries it", async () => {
    await first.set("/en/plan", page("en", ["_N_T_/layout", "_N_T_/[lng]/layout"]), pageSet);
    await first.set("/api/other", page("other", ["_N_T_/api/layout"]), pageSet);
    await first.set("figures", data({ projects: 120 }), {
      fetchCache: true,
      tags: ["project-data"],
    } as never);
    const fetchGet = { kind: "FETCH", tags: ["project-data"], softTags: [] } as never;
    expect(await second.get("figures", fetchGet)).not.toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 5)); // a millisecond apart from the writes
    await first.revalidateTag(["_N_T_/[lng]/layout", "project-data"], { expire: 0 });
    expect(await second.get("/en/plan", pageGet as never)).toBeNull();
    expect(await second.get("figures", fetchGet)).toBeNull();
    expect(await second.get("/api/other", pageGet as never)).not.toBeNull();
    // A page's soft tags (its path) expire data read while rendering it.
    await first.set("trend", data([1, 2]), { fetchCache: true, tags: [] } as never);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await second.revalidateTag("_N_T_/[lng]/dashboard");
    expect(
      await first.get("trend", { kind: "FETCH", tags: [], softTags: ["_N_T_/[lng]/dashboard"] } as never),
    ).toBeNull();

    // What is rendered after the change is served again.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await second.set("/en/plan", page("en again", ["_N_T_/[lng]/layout"]), pageSet);
    expect(((await first.get("/en/plan", pageGet as never))?.value as { html: string }).html).toContain(
      "en again",
    );
  });

  it("announces changes to public pages to the other instances, not to itself", async () => {
    const heard: string[] = [];
    subscribeToPageChanges(() => heard.push("changed"));
    const other = createClient({ url: redis.url });
    const seen: string[] = [];
    await other.connect();
    const listener = other.duplicate();
    await listener.connect();
    await listener.subscribe("lmc:public-pages-changed", (message) => void seen.push(message));
    try {
      await until(async () => {
        await publishPageChange();
        return seen.length > 0;
      });
      expect(heard).toEqual([]); // its own message
      await other.publish("lmc:public-pages-changed", "another-instance");
      await until(() => heard.length === 1);
    } finally {
      await Promise.all([listener.close(), other.close()]);
    }
  });

  it("misses quickly while Redis is stopped, writes the expiries made meanwhile when it returns, and readiness says so", async () => {
    expect(await readiness(db)).toMatchObject({ status: "ready", checks: { redis: { ok: true } } });
    // Another instance listening from before the outage: it subscribes again as soon as Redis is
    // back (every 10 ms, sooner than the instance under test retries), so it hears the announcement
    // made on the instance's return. Subscribing after the return would race that announcement.
    const announced: string[] = [];
    const listener = createClient({ url: redis.url, socket: { reconnectStrategy: 10 } });
    listener.on("error", () => {});
    await listener.connect();
    await listener.subscribe("lmc:public-pages-changed", (message) => void announced.push(message));
    await redis.stop();
    await until(() => !redisState().up);
    const started = performance.now();
    expect(await first.get("/th/plan", pageGet as never)).toBeNull();
    await first.set("/th/plan", page("while away", []), pageSet);
    await first.revalidateTag("_N_T_/[lng]/layout", { expire: 0 });
    expect(performance.now() - started).toBeLessThan(1_000);
    const report = await readiness(db);
    expect(report).toMatchObject({
      status: "unavailable",
      checks: { database: { ok: true }, redis: { ok: false } },
    });
    expect(JSON.stringify(report)).not.toContain(String(REDIS_PORTS.integration));

    const other = createClient({ url: redis.url, socket: { reconnectStrategy: 100 } });
    other.on("error", () => {});
    await redis.start();
    await other.connect();
    try {
      await until(async () => (await other.hGet(TAG_EXPIRY_KEY, "_N_T_/[lng]/layout")) !== null);
      // The instances that kept copies meanwhile are told to drop them.
      await until(() => announced.length > 0);
      expect(redisState().up).toBe(true);
      expect(await readiness(db)).toMatchObject({ status: "ready" });
      await first.set("/th/plan", page("back", ["_N_T_/[lng]/layout"]), pageSet);
      expect(await second.get("/th/plan", pageGet as never)).not.toBeNull();
    } finally {
      await Promise.all([listener.close(), other.close()]);
    }
  });
});
