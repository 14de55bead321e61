// `npm run seed:scale -- --projects 10000 --updates 200000`: synthetic data for benchmarks, added to
// the app database (DATABASE_URL, or the embedded one), which must already hold the plan.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/create-client";
import { seedScale } from "../prisma/seed/scale";
import { openAppDatabase } from "./db/database";

const { values } = parseArgs({
  options: { projects: { type: "string", default: "10000" }, updates: { type: "string", default: "200000" } },
});
const projects = Number(values.projects);
const updates = Number(values.updates);
if (!Number.isInteger(projects) || !Number.isInteger(updates) || projects < 1 || updates < 0) {
  console.error("Usage: npm run seed:scale -- --projects 10000 --updates 200000");
  process.exit(2);
}
const database = await openAppDatabase();
const db = createPrismaClient(database.url);
const started = performance.now();
try {
  await seedScale(db, { projects, updates });
  console.log(
    `Added ${projects} projects and ${updates} status updates in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} finally {
  await db.$disconnect();
  await database.close();
}
process.exit(0);
