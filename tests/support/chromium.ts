import { existsSync } from "node:fs";

const INSTALL_HINT =
  "The browser tests need Chromium. On Debian/Ubuntu: `sudo apt-get install -y chromium` " +
  "(or point CHROME_PATH at a Chromium or Chrome binary).";

/** The Chromium the browser tests drive: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(`${INSTALL_HINT} Not found: ${path}`);
  return path;
}
