// The connection to the shared Redis when REDIS_URL is set (docs/decisions/0032): Next's page and
// data caches (lib/cache/redis-cache-handler.ts) and the announcement of changes to every instance's
// front cache (scripts/serve.ts) go through it. Redis is a cache here, never the truth: while it
// cannot be reached, commands fail at once (no queue of waiting commands, a short timeout for a
// hung server) and callers fall back to rendering; the client reconnects by itself.
// Loaded outside Next's bundles (by the server and by Next's cache-handler import), once per
// process: the clients live on the process's global object.
import { createClient, RESP_TYPES } from "redis";
import { logEvent } from "@/lib/log";
import { redisState } from "./redis-state";

/** A command slower than this fails: a page renders rather than wait on a hung Redis. */
const COMMAND_TIMEOUT_MS = 500;

function connect(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    pingInterval: 5_000,
    socket: {
      connectTimeout: 1_000,
      // Every 100 ms at first, then every second while it stays away.
      reconnectStrategy: (retries: number) => Math.min(100 * (retries + 1), 1_000),
    },
    commandOptions: {
      timeout: COMMAND_TIMEOUT_MS,
      rejectInFlight: true,
      // Values are bytes: pages and their payloads are stored serialized (lib/cache/cache-entry.ts).
      typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer },
    },
  });
}

type Client = ReturnType<typeof connect>;
type Connection = { client: Client; subscriber: Client; onReconnect: Set<() => void> };

const CONNECTION = Symbol.for("lmc.redisConnection");

/**
 * The process's Redis connection, or undefined without REDIS_URL. Connecting starts on first use
 * and is not awaited: until it is up, commands fail and callers fall back.
 */
export function sharedRedis(): Connection | undefined {
  const url = process.env.REDIS_URL;
  if (!url) return undefined;
  const scope = globalThis as { [CONNECTION]?: Connection };
  return (scope[CONNECTION] ??= open(url));
}

function open(url: string): Connection {
  const state = redisState();
  const client = connect(url);
  // Its SUBSCRIBE waits for a connection, and the client subscribes again after each reconnection.
  const subscriber = client.duplicate({ disableOfflineQueue: false });
  const connection: Connection = { client, subscriber, onReconnect: new Set() };
  state.configured = true;
  state.ping = async () => void (await client.ping());
  let downSince: number | undefined = Date.now();
  let everUp = false;
  client.on("error", () => {
    // Logged once per outage; the client keeps reconnecting.
    if (downSince !== undefined) return;
    downSince = Date.now();
    state.up = false;
    logEvent("redis.down");
  });
  client.on("ready", () => {
    state.up = true;
    if (everUp) logEvent("redis.up", { downForMs: Date.now() - (downSince ?? Date.now()) });
    downSince = undefined;
    // Announcements sent while this instance was away were lost: its listeners catch up.
    if (everUp) for (const listener of connection.onReconnect) listener();
    everUp = true;
  });
  subscriber.on("error", () => {}); // the command client reports the outage
  client.connect().catch(() => {});
  subscriber.connect().catch(() => {});
  return connection;
}

/** Calls `listener` each time the connection comes back after an outage. */
export function onRedisReconnect(listener: () => void): void {
  sharedRedis()?.onReconnect.add(listener);
}

/** Closes the connection (on shutdown). */
export async function closeRedis(): Promise<void> {
  const scope = globalThis as { [CONNECTION]?: Connection };
  const connection = scope[CONNECTION];
  if (!connection) return;
  delete scope[CONNECTION];
  Object.assign(redisState(), { configured: false, up: false, ping: undefined });
  await Promise.allSettled([connection.client.close(), connection.subscriber.close()]);
}
