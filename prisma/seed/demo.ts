// The data `npm start` shows on a fresh database, and the base every test database starts from.
import type { Db } from "../../lib/db/create-client";
import { seedDemoAccounts } from "./demo-accounts";
import { seedPlan20182022 } from "./plan-2018-2022";
import { seedReference } from "./reference";

/** The portal's content (plan, reference data) and, for a demo, accounts for every role and country. */
export async function seedDemo(db: Db, { accounts }: { accounts: boolean }): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedPlan20182022(tx);
      if (accounts) await seedDemoAccounts(tx);
    },
    { timeout: 60_000 },
  );
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.plan.count()) > 0;
}
