// Faults under requests: PostgreSQL stopped for 10 s under a server of its own, then started
// again. Meanwhile pages and the API answer a translated 503 with Retry-After (pages kept in the
// front cache are still served, health says alive, readiness says no); the server serves again
// within 5 s of the database's return, without a restart. The figures are printed.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dropDatabase } from "../../scripts/db/database";
import { clusters, startEmbeddedPostgres, type Cluster } from "../../scripts/db/embedded";
import { seededDatabase } from "../support/seeded-database";
import { expect, test } from "./support";

const PORT = 3107;
const origin = `http://localhost:${PORT}`;
const OUTAGE_MS = 10_000;
const SECRET = randomBytes(32).toString("hex");
const STACK = /\bat [\w.<>]+ \(|node_modules|Prisma|ECONNREFUSED|stack/i;

test.setTimeout(240_000);

let cluster: Cluster;
let server: ChildProcess;
let database: string;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startEmbeddedPostgres(clusters.faults);
  const seeded = await seededDatabase(cluster, "faults");
  database = seeded.name;
  server = spawn("node_modules/.bin/tsx", ["scripts/serve.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_URL: seeded.appUrl,
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: SECRET,
      JOBS: "off",
    },
  });
  for (let tries = 0; tries < 120; tries++) {
    const ready = await fetch(`${origin}/api/ready`).catch(() => null);
    if (ready?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the fault test's server did not become ready");
});

test.afterAll(async () => {
  if (server?.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  // The test leaves its database running again (or it failed before stopping it).
  await dropDatabase(cluster.url, database).catch(() => {});
  await cluster.stop().catch(() => {});
});

const get = async (path: string) => {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
};

test("a database outage of 10 s: translated 503s with Retry-After, then service again within 5 s", async () => {
  expect((await get("/en/projects")).status).toBe(200);
  // Kept in the front cache once rendered fresh (a page the build left stale is rendered again first).
  let cached = false;
  for (let tries = 0; tries < 20 && !cached; tries++) {
    cached = (await get("/en/plan")).headers.get("x-lmc-front-cache") === "HIT";
    if (!cached) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(cached, "/en/plan served from the front cache before the outage").toBe(true);
  expect((await get("/api/v1/projects?limit=5")).status).toBe(200);

  await cluster.stop();
  const stoppedAt = Date.now();
  const statuses: Record<string, number> = {};
  let leaked = 0;
  let settledAt: number | null = null;
  while (Date.now() - stoppedAt < OUTAGE_MS) {
    for (const path of ["/th/projects", "/api/v1/projects?limit=5", "/km/projects/LMC-2019-TH-012"]) {
      const answer = await get(path);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      if (STACK.test(answer.body)) leaked++;
      if (answer.status === 503 && settledAt === null) settledAt = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const page = await get("/th/projects");
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBe("5");
  expect(page.body).toContain("ไม่พร้อมให้บริการชั่วคราว");
  expect(page.headers.get("x-request-id")).not.toBeNull();
  expect(page.body).toContain(page.headers.get("x-request-id")!);
  const api = await get("/api/v1/projects?limit=5");
  expect(api.status).toBe(503);
  expect(JSON.parse(api.body)).toMatchObject({ status: 503, type: "/developers/problems/unavailable" });
  expect((await get("/en/plan")).status).toBe(200);
  expect((await get("/api/health")).status).toBe(200);
  expect((await get("/api/ready")).status).toBe(503);
  expect(leaked, "answers that showed internals").toBe(0);

  cluster = await startEmbeddedPostgres(clusters.faults);
  const backAt = Date.now();
  let recoveredAt: number | null = null;
  while (Date.now() - backAt < 15_000) {
    if ((await get("/en/projects")).status === 200) {
      recoveredAt = Date.now();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(recoveredAt, "served again after the database returned").not.toBeNull();
  expect((await get("/api/v1/projects?limit=5")).status).toBe(200);
  expect((await get("/api/ready")).status).toBe(200);
  console.log(
    `database outage: answers during the outage ${JSON.stringify(statuses)}, 503 from ${settledAt! - stoppedAt} ms ` +
      `after the stop; served again ${recoveredAt! - backAt} ms after the database returned (limit 5,000 ms)`,
  );
  expect(recoveredAt! - backAt).toBeLessThan(5_000);
});
