// The data `npm start` shows on a fresh database, and the base every test database starts from.
import type { Db } from "../../lib/db/create-client";
import { seedDemoAccounts } from "./demo-accounts";
import { seedDemoProjects } from "./demo-projects";
import { seedDemoReminders } from "./demo-reminders";
import { seedDemoReports } from "./demo-reports";
import { seedPlan20182022 } from "./plan-2018-2022";
import { seedReference } from "./reference";

/**
 * The portal's content (plan, reference data) and, for a demo, accounts for every role and country,
 * the demonstration projects and a reporting cycle (through the reporting mutations, each in its
 * own transaction) with the reminders of its current year.
 */
export async function seedDemo(db: Db, { demo }: { demo: boolean }): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedPlan20182022(tx);
      if (demo) {
        await seedDemoAccounts(tx);
        await seedDemoProjects(tx);
      }
    },
    { timeout: 60_000 },
  );
  if (demo) {
    await seedDemoReports(db);
    await seedDemoReminders(db);
  }
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.plan.count()) > 0;
}
