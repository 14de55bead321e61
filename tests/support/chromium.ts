import { findChromium } from "../../lib/briefing/chromium";

const INSTALL_HINT =
  "The browser tests need Chromium. On Debian/Ubuntu: `sudo apt-get install -y chromium` " +
  "(or point CHROME_PATH at a Chromium or Chrome binary).";

/** The Chromium the browser tests drive; without one, a clear error saying how to install it. */
export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error(`${INSTALL_HINT} Not found: ${process.env.CHROME_PATH ?? "/usr/bin/chromium"}`);
  return path;
}
