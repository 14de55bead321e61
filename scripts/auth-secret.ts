import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const FILE = ".data/auth-secret";

/**
 * NEXTAUTH_SECRET signs session cookies and seals second-factor secrets. When it is not given, a
 * random one is created once and kept in .data/ (gitignored), so sessions survive a restart.
 */
export function ensureAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!existsSync(FILE)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(FILE, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = readFileSync(FILE, "utf8").trim();
  return process.env.NEXTAUTH_SECRET;
}
