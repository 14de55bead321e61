// `npm test`: lint and formatting, unit and DB-integration tests (vitest), a production build, the
// browser tests (Playwright in Chromium) and short load runs. Without a Chromium, poppler's
// pdftotext (the briefing-pack test) or redis-server (the shared-cache and cluster tests), it stops
// with how to install them, never skips.
import { spawnSync } from "node:child_process";
import { TEST_BUILD_DIR } from "./build-dir";
import { chromiumPath } from "../tests/support/chromium";
import { hasPdfToText, PDFTOTEXT_HINT } from "../tests/support/pdf-text";
import { redisServerCommand } from "./redis-server";

try {
  chromiumPath();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
if (!hasPdfToText()) {
  console.error(`\n${PDFTOTEXT_HINT}\n`);
  process.exit(1);
}
if (!redisServerCommand()) {
  console.error("\nThe shared-cache tests need a real Redis: apt-get install redis-server\n");
  process.exit(1);
}

const steps: [string, string[]][] = [
  // House style first: lint (at zero warnings) and formatting take seconds and fail fast.
  ["node_modules/.bin/eslint", [".", "--max-warnings", "0"]],
  ["node_modules/.bin/prettier", ["--check", "."]],
  ["node_modules/.bin/vitest", ["run"]],
  ["node_modules/.bin/next", ["build"]],
  ["node_modules/.bin/playwright", ["test"]],
  // Short load runs with their reconciliation, on one instance and on two sharing Redis
  // (`npm run test:load` alone runs the full minute).
  [
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/load/run.ts", "--duration", "15", "--clients", "30"],
  ],
  [
    "node_modules/.bin/tsx",
    [
      "--conditions=react-server",
      "scripts/load/run.ts",
      "--duration",
      "15",
      "--clients",
      "30",
      "--instances",
      "2",
    ],
  ],
];
for (const [command, args] of steps) {
  console.log(`\n> ${command.split("/").pop()} ${args.join(" ")}`);
  // The build and the browser tests use a directory of their own: a portal running from this
  // checkout (npm start, which serves .next) keeps working while the tests run.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: TEST_BUILD_DIR };
  const { status } = spawnSync(command, args, { stdio: "inherit", env });
  if (status !== 0) process.exit(status ?? 1);
}
