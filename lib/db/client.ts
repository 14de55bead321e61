import "server-only";
import { onShutdown } from "@/lib/ops/shutdown";
import { createPrismaClient, type Db } from "./create-client";

const globalForDb = globalThis as typeof globalThis & { lmcDb?: Db };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start the portal with `npm start`, which provides it.");
  return url;
}

/** The one Prisma client of the server process (kept across hot reloads in development). */
export function getDb(): Db {
  if (!globalForDb.lmcDb) {
    const db = createPrismaClient(connectionString());
    globalForDb.lmcDb = db;
    // Last of all when the server stops: the pool's connections close instead of being cut.
    onShutdown("database", () => db.$disconnect(), 10);
  }
  return globalForDb.lmcDb;
}
