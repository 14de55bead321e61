import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { logEvent } from "@/lib/log";
import { reportDatabaseLost } from "@/lib/ops/database-state";

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString },
    {
      // An idle pooled connection that the server closes (a restart, a shutdown) must not crash
      // the process: the pool replaces it on the next query.
      onPoolError: (error) => {
        logEvent("database.connectionLost", { error: error.message.slice(0, 200) });
        reportDatabaseLost();
      },
    },
  );
  return new PrismaClient({ adapter });
}
