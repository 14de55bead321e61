import type { TestProject } from "vitest/node";
import { clusters } from "../../scripts/db/embedded";
import { createTestDatabase } from "../../scripts/db/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseOwnerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase(clusters.integration, "integration");
  project.provide("databaseUrl", database.url);
  project.provide("databaseOwnerUrl", database.ownerUrl);
  return () => database.dispose();
}
