import { defineConfig } from "prisma/config";

// The Prisma CLI insists on downloading a native schema engine that this project never uses
// (migrations run through @prisma/schema-engine-wasm, see scripts/db). Pointing the variable at
// any existing file lets `prisma generate` run offline; machines that set it keep their value.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
