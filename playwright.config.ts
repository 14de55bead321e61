import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS } from "./lib/briefing/chromium";
import { TEST_BUILD_DIR } from "./scripts/build-dir";
import { chromiumPath } from "./tests/support/chromium";

// The browser tests run the build `npm test` makes (.next-test), never the one `npm start` serves,
// unless NEXT_DIST_DIR names another.
process.env.NEXT_DIST_DIR ??= TEST_BUILD_DIR;

const port = process.env.E2E_PORT ?? "3100";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]],
  timeout: 60_000,
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: "node_modules/.bin/tsx --conditions=react-server scripts/e2e-server.ts",
    url: `http://localhost:${port}/en`,
    env: { E2E_PORT: port },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
