import { inject } from "vitest";
import { TEST_AUTH_SECRET } from "../../scripts/db/test-database";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET = TEST_AUTH_SECRET;
