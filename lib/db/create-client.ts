import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString },
    {
      // An idle pooled connection that the server closes (a restart, a shutdown) must not crash
      // the process: the pool replaces it on the next query.
      onPoolError: (error) => console.error(`PostgreSQL connection lost: ${error.message}`),
    },
  );
  return new PrismaClient({ adapter });
}
