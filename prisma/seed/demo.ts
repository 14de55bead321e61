// The data `npm start` shows on a fresh database, and the base every test database starts from.
import type { Db } from "../../lib/db/create-client";
import { seedPlan20182022 } from "./plan-2018-2022";
import { seedReference } from "./reference";

export async function seedDemo(db: Db): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedReference(tx);
      await seedPlan20182022(tx);
    },
    { timeout: 60_000 },
  );
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await db.plan.count()) > 0;
}
