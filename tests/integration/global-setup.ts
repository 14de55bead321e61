import type { TestProject } from "vitest/node";
import { clusters } from "../../scripts/db/embedded";
import { createTestDatabase } from "../../scripts/db/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase(clusters.integration, "integration");
  project.provide("databaseUrl", database.url);
  return () => database.dispose();
}
