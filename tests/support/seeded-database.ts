// A seeded database of its own for the fault tests (tests/e2e/faults.spec.ts, cluster-faults.spec.ts):
// created on `cluster`, migrated and seeded as `npm run db:migrate` and `db:seed` do (demo accounts
// included), with the portal's restricted role's address to run servers on.
import { spawnSync } from "node:child_process";
import { embeddedAppRole } from "../../scripts/db/app-role";
import { withDatabase } from "../../scripts/db/connection";
import { createDatabaseIfMissing } from "../../scripts/db/database";
import type { Cluster } from "../../scripts/db/embedded";

export type SeededDatabase = { name: string; ownerUrl: string; appUrl: string };

export async function seededDatabase(cluster: Cluster, label: string): Promise<SeededDatabase> {
  const name = `lmc_${label}_${Date.now()}`;
  await createDatabaseIfMissing(cluster.url, name);
  const ownerUrl = withDatabase(cluster.url, name);
  for (const command of ["migrate", "seed"]) {
    const done = spawnSync(
      "node_modules/.bin/tsx",
      ["--conditions=react-server", "scripts/db/cli.ts", command],
      {
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          DATABASE_URL: ownerUrl,
          DATABASE_OWNER_URL: ownerUrl,
          SEED_DEMO_ACCOUNTS: "1",
        },
      },
    );
    if (done.status !== 0) throw new Error(`db:${command} failed for the ${label} database`);
  }
  return { name, ownerUrl, appUrl: await embeddedAppRole(ownerUrl) };
}
