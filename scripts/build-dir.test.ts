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
    expect(config.distDir).toBe(TEST_BUILD_DIR);
  });
});
