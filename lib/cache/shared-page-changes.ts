// "What public pages show has changed", told to every instance through Redis when REDIS_URL is set
// (docs/decisions/0032): each instance keeps finished pages in memory in front of Next
// (lib/http/front-cache.ts) and must drop them when any instance makes a change. Without Redis, or
// while it is away, the message is lost and copies elsewhere expire within their minute.
import { randomUUID } from "node:crypto";
import { sharedRedis } from "./redis";

const CHANNEL = "lmc:public-pages-changed";
/**
 * This process, so that it does not clear its copies twice for its own change. On the process's
 * global object: the server and Next's cache handler are compiled apart, each with a copy of this
 * module (scripts/compile-portal.ts).
 */
const INSTANCE_KEY = Symbol.for("lmc.pageChangesInstance");
const INSTANCE = ((globalThis as { [INSTANCE_KEY]?: string })[INSTANCE_KEY] ??= randomUUID());

/** Tells the other instances; resolves once Redis has taken the message (or could not). */
export async function publishPageChange(): Promise<void> {
  try {
    await sharedRedis()?.client.publish(CHANNEL, INSTANCE);
  } catch {
    // Redis is away: the others' copies expire within their minute.
  }
}

/** Calls `listener` when another instance announces a change. */
export function subscribeToPageChanges(listener: () => void): void {
  const redis = sharedRedis();
  if (!redis) return;
  // Subscribed again by the client after each reconnection.
  redis.subscriber
    .subscribe(CHANNEL, (message) => {
      if (String(message) !== INSTANCE) listener();
    })
    .catch(() => {});
}
