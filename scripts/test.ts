// `npm test`: unit and DB-integration tests (vitest), a production build, and the browser tests
// (Playwright in Chromium). Without a Chromium, or poppler's pdftotext for the briefing-pack test,
// it stops with how to install them, never skips.
import { spawnSync } from "node:child_process";
import { chromiumPath } from "../tests/support/chromium";
import { hasPdfToText, PDFTOTEXT_HINT } from "../tests/support/pdf-text";

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

const steps: [string, string[]][] = [
  ["node_modules/.bin/vitest", ["run"]],
  ["node_modules/.bin/next", ["build"]],
  ["node_modules/.bin/playwright", ["test"]],
];
for (const [command, args] of steps) {
  console.log(`\n> ${command.split("/").pop()} ${args.join(" ")}`);
  const { status } = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (status !== 0) process.exit(status ?? 1);
}
