// Next's cache handler when REDIS_URL is set (next.config.ts, docs/decisions/0032): rendered pages,
// route handlers' responses and `unstable_cache` data live in Redis, shared by every instance, and
// a tag expired on one instance (revalidateTag, revalidatePath) is expired for all at once: each
// tag's expiry time is kept in one Redis hash, and an entry older than the expiry of one of its tags
// is a miss. While Redis cannot be reached every read is a miss (the page renders, slower but
// correct) and every write is dropped; expiries made meanwhile are kept and written when it returns.
// Loaded by Next at run time with `import()`, outside its bundles.
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type {
  CacheHandler,
  CacheHandlerContext,
  CacheHandlerValue,
} from "next/dist/server/lib/incremental-cache";
import { onRedisReconnect, sharedRedis } from "./redis";
import { publishPageChange } from "./shared-page-changes";

type GetContext = Parameters<CacheHandler["get"]>[1];
type SetContext = Parameters<CacheHandler["set"]>[2];
type Value = Parameters<CacheHandler["set"]>[1];

/** What is stored per key: Next's entry, and the tags that expire it. */
type Stored = CacheHandlerValue & { tags: string[] };

/** One hash for every tag's expiry time (ms since the epoch): the state every instance shares. */
export const TAG_EXPIRY_KEY = "lmc:tag-expiry";
/** Next's header listing a rendered response's tags (its implicit path tags among them). */
const TAGS_HEADER = "x-next-cache-tags";
/** An entry with no lifetime of its own is dropped after a day; an expired page is never served. */
const DEFAULT_TTL_SECONDS = 24 * 3600;

/** Tag expiries that could not be written while Redis was away, kept until it returns. */
const PENDING = Symbol.for("lmc.pendingTagExpiries");
function pendingExpiries(): Map<string, number> {
  const scope = globalThis as { [PENDING]?: Map<string, number> };
  if (!scope[PENDING]) {
    scope[PENDING] = new Map();
    // Written when Redis returns; the other instances then drop the copies they kept meanwhile.
    onRedisReconnect(async () => {
      if (scope[PENDING]!.size && (await writeExpiries(scope[PENDING]!))) await publishPageChange();
    });
  }
  return scope[PENDING];
}

/** Writes the expiries; whether Redis took them. */
async function writeExpiries(expiries: Map<string, number>): Promise<boolean> {
  const redis = sharedRedis();
  if (!redis || !expiries.size) return true;
  const batch = new Map(expiries);
  try {
    // A later expiry already written by another instance is kept: HSET would move it back.
    await Promise.all(
      [...batch].map(([tag, at]) =>
        redis.client.eval(
          "local t = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0') if t < tonumber(ARGV[2]) then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end",
          { keys: [TAG_EXPIRY_KEY], arguments: [tag, String(at)] },
        ),
      ),
    );
    for (const [tag, at] of batch) if (expiries.get(tag) === at) expiries.delete(tag);
    return true;
  } catch {
    // Still away: written when it returns (lib/cache/redis.ts reconnects).
    return false;
  }
}

/** The tags an entry answers to: a response's from its header, data's from what it was cached with. */
function tagsOf(value: Value, ctx: SetContext): string[] {
  if (!value) return [];
  if (value.kind === "FETCH")
    return [...new Set([...(value.tags ?? []), ...("tags" in ctx ? (ctx.tags ?? []) : [])])];
  const header = "headers" in value ? value.headers?.[TAGS_HEADER] : undefined;
  return typeof header === "string" ? header.split(",") : [];
}

export default class RedisCacheHandler implements CacheHandler {
  private prefix: string;

  constructor(ctx: CacheHandlerContext) {
    // Entries belong to one build: another build's pages reference other scripts.
    const buildId = ctx.serverDistDir
      ? readFileSync(path.join(ctx.serverDistDir, "..", "BUILD_ID"), "utf8").trim()
      : "dev";
    this.prefix = `lmc:${buildId}:cache:`;
  }

  async get(key: string, ctx: GetContext): Promise<CacheHandlerValue | null> {
    const redis = sharedRedis();
    if (!redis) return null;
    try {
      const bytes = (await redis.client.get(this.prefix + key)) as Buffer | null;
      if (!bytes) return null;
      const stored = deserialize(bytes) as Stored;
      const asked = ctx.kind === "FETCH" ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
      const tags = [...new Set([...stored.tags, ...asked])];
      if (tags.length && (await this.expiredSince(tags, stored.lastModified))) return null;
      return { lastModified: stored.lastModified, value: stored.value, cacheControl: stored.cacheControl };
    } catch {
      return null;
    }
  }

  async set(key: string, value: Value, ctx: SetContext): Promise<void> {
    const redis = sharedRedis();
    if (!redis) return;
    const cacheControl = "cacheControl" in ctx ? ctx.cacheControl : undefined;
    const stored: Stored = { lastModified: Date.now(), value, cacheControl, tags: tagsOf(value, ctx) };
    const expire = cacheControl?.expire;
    try {
      await redis.client.set(this.prefix + key, serialize(stored), {
        expiration: {
          type: "EX",
          value: typeof expire === "number" && expire > 0 ? expire : DEFAULT_TTL_SECONDS,
        },
      });
    } catch {
      // Not kept: the next reader renders it again.
    }
  }

  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    const at = Date.now() + (durations?.expire ?? 0) * 1000;
    const pending = pendingExpiries();
    for (const tag of typeof tags === "string" ? [tags] : tags)
      pending.set(tag, Math.max(at, pending.get(tag) ?? 0));
    await writeExpiries(pending);
  }

  resetRequestCache(): void {}

  /** Whether one of `tags` expired after `lastModified` (and the expiry has come). */
  private async expiredSince(tags: string[], lastModified: number): Promise<boolean> {
    const redis = sharedRedis()!;
    const expiries = (await redis.client.hmGet(TAG_EXPIRY_KEY, tags)) as (Buffer | null)[];
    const now = Date.now();
    return expiries.some((raw) => {
      const at = raw ? Number(raw.toString()) : 0;
      return at > lastModified && at <= now;
    });
  }
}
