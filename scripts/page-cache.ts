import { rmSync } from "node:fs";
import { buildFile } from "./build-dir";

/**
 * Forgets the pages Next cached on disk by an earlier run: the database may have been reset or
 * reseeded since (db:reset, a fresh test database), and cached pages would show the old content.
 */
export function clearPageCache(): void {
  rmSync(buildFile("server", "route-cache"), { recursive: true, force: true });
}
