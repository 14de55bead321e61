import { AsyncLocalStorage } from "node:async_hooks";
import { inject } from "vitest";
import { TEST_AUTH_SECRET } from "../../scripts/db/test-database";

// The tests connect as the portal does, with its restricted role; the owner's URL is for the tests
// that look at the schema itself.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_OWNER_URL = inject("databaseOwnerUrl");
process.env.NEXTAUTH_SECRET = TEST_AUTH_SECRET;
process.env.LMC_LOG ??= "off";
// next.config.ts turns on `experimental.authInterrupts`, which lets reads answer 403 with
// forbidden() (lib/reads/define.ts); Next sets this for the app, the tests set it themselves.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

// Next's data cache (unstable_cache) needs what a running Next server provides: AsyncLocalStorage on
// globalThis, and an incremental cache. Outside one, tests give it a cache that keeps nothing, so
// cached reads (the dashboard's) run their queries each time.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
(globalThis as { __incrementalCache?: unknown }).__incrementalCache ??= {
  isOnDemandRevalidate: false,
  generateSimpleCacheKey: async (key: string) => key,
  get: async () => null,
  set: async () => {},
};
