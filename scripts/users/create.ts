// `npm run user:create -- --email a@b.org --name "A B" --role admin [--country TH] [--locale th]`
// Creates an account (e.g. the first admin of a fresh production database) and prints the one-time
// link with which its owner sets a password. Recorded in the audit trail as done by the command line.
import { parseArgs } from "node:util";
import { createPrismaClient } from "../../lib/db/create-client";
import { createUser } from "../../lib/users/mutations";
import { ensureAuthSecret } from "../auth-secret";
import { openAppDatabase } from "../db/database";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    country: { type: "string" },
    locale: { type: "string", default: "en" },
  },
});

ensureAuthSecret();
const database = await openAppDatabase();
const db = createPrismaClient(database.url);
let code = 1;
try {
  const result = await createUser.execute(
    { db, actor: null, ip: null, system: "command line (npm run user:create)" },
    {
      email: values.email,
      name: values.name,
      role: values.role,
      countryCode: values.country?.toUpperCase() ?? null,
      locale: values.locale,
    },
  );
  if (result.ok) {
    const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
    console.log(`Created ${values.email} (${values.role}).`);
    console.log(
      `One-time link to set the password (valid 3 days, shown only now):\n  ${base}/${values.locale}/reset-password/${result.data.token}`,
    );
    code = 0;
  } else {
    console.error(`Not created: ${result.error}`);
    for (const [field, problems] of Object.entries(result.fieldErrors ?? {})) {
      const option = field === "countryCode" ? "country" : field;
      console.error(
        `  --${option}: ${problems.map((problem) => problem.key.replace("validation.", "")).join(", ")}`,
      );
    }
  }
} finally {
  await db.$disconnect();
  await database.close();
}
process.exit(code);
