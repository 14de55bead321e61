import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDir, TEST_BUILD_DIR } from "./build-dir";

// `npm test` builds the app it tests into a directory of its own, so a portal started from the same
// checkout (serving .next) keeps answering while the tests run.
describe("build directories", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("keeps the tests' build apart from the portal's", async () => {
    expect(TEST_BUILD_DIR).not.toBe(".next");
    vi.stubEnv("NEXT_DIST_DIR", undefined);
    expect(buildDir()).toBe(".next");
    vi.stubEnv("NEXT_DIST_DIR", TEST_BUILD_DIR);
    expect(buildDir()).toBe(TEST_BUILD_DIR);
    const { default: config } = await import("../next.config");
    expect(config("phase-production-server").distDir).toBe(TEST_BUILD_DIR);
  });

  // The same configuration decides whether the caches are shared (docs/decisions/0032).
  it("shares Next's caches through Redis only with REDIS_URL, and never in the build", async () => {
    vi.stubEnv("REDIS_URL", undefined);
    const { default: single } = await import("../next.config");
    expect(single("phase-production-server").cacheHandler).toBeUndefined();
    // One server alone keeps its cache in memory: nothing from before a restart comes back.
    expect(single("phase-production-server").experimental?.isrFlushToDisk).toBe(false);
    expect(single("phase-production-build").experimental?.isrFlushToDisk).toBeUndefined();
    vi.resetModules();
    vi.stubEnv("REDIS_URL", "redis://127.0.0.1:6379");
    const { default: shared } = await import("../next.config");
    const server = shared("phase-production-server");
    expect(server.cacheHandler).toMatch(/lib\/cache\/redis-cache-handler\.ts$/);
    expect(server.cacheMaxMemorySize).toBe(0);
    expect(shared("phase-production-build").cacheHandler).toBeUndefined();
    expect(server.experimental?.isrFlushToDisk).toBeUndefined();
    // The compiled server names its compiled handler (scripts/compile-portal.ts).
    vi.resetModules();
    vi.stubEnv("PORTAL_CACHE_HANDLER", ".next/redis-cache-handler.mjs");
    const { default: compiled } = await import("../next.config");
    expect(compiled("phase-production-server").cacheHandler).toBe(
      path.resolve(".next/redis-cache-handler.mjs"),
    );
  });
});
