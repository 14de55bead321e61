// `npm run bench`, part four: the translation desk's counts at scale (10,000 projects by default,
// each with a title and a summary to translate). The public translation status page is measured
// against its SQL replayed through a bare `pg` pool, and that SQL, with the queue of a translator's
// workspace, against a bare aggregate (one GROUP BY over the Thai translations).
// Run with `--conditions=react-server`: it imports the portal's own query functions.
import { mkdir, writeFile } from "node:fs/promises";
import pg from "pg";
import { clusters } from "../db/embedded";
import { connectionParts } from "../db/connection";
import { createTestDatabase } from "../db/test-database";
import { clearPageCache } from "../page-cache";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedScale } from "../../prisma/seed/scale";
import { measure, type LoadResult } from "./load";
import { fmt, requireBuild, startPortal } from "./portal";
import { explain, measureSql, recordingClient, type Explained, type Statement } from "./sql";

const PORT = 3203;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const scale = {
  projects: Number(process.env.BENCH_PROJECTS ?? 10_000),
  updates: Number(process.env.BENCH_UPDATES ?? 20_000),
};
const BARE_AGGREGATE: Statement = {
  sql: `SELECT status, count(*) FROM "TextTranslation" WHERE locale = 'th' GROUP BY status`,
  params: [],
};

requireBuild();
clearPageCache();
const database = await createTestDatabase(clusters.bench, "benchtranslations");
const recorder = recordingClient(database.url);
(globalThis as { lmcDb?: unknown }).lmcDb = recorder.db;
const { getFeaturedPlan } = await import("../../lib/plan/queries");
const { getTranslationCoverage, getWorkspace } = await import("../../lib/translations/queries");
const pool = new pg.Pool({ ...connectionParts(database.url), max: 10 });
const { BENCH_ADMIN } = await import("./viewer");

type Measured = { name: string; statements: Statement[]; load?: LoadResult; plans: Explained[] };
const measured: Measured[] = [];
let portal: LoadResult | undefined;
let bare: LoadResult | undefined;
let firstRender = NaN;
try {
  // As the owner: the closing ANALYZE needs it (the portal's role may not analyze tables).
  const owner = createPrismaClient(database.ownerUrl);
  await seedScale(owner, scale);
  await owner.$disconnect();
  const plan = (await getFeaturedPlan("en"))!;
  const queries: [string, () => Promise<unknown>][] = [
    ["status page: coverage", () => getTranslationCoverage(plan.id)],
    [
      "workspace: th projects, missing",
      () => getWorkspace(BENCH_ADMIN, "th", { kind: "projects" }, "missing", 1),
    ],
    [
      "workspace: km plan, all",
      () => getWorkspace(BENCH_ADMIN, "km", { kind: "plan", planId: plan.id, section: null }, "all", 1),
    ],
  ];
  for (const [name, run] of queries)
    measured.push({ name, statements: await recorder.capture(run), plans: [] });
  for (const entry of measured) {
    for (const statement of entry.statements) entry.plans.push(await explain(pool, statement));
    entry.load = await measureSql(pool, entry.statements, { seconds });
  }
  bare = await measureSql(pool, [BARE_AGGREGATE], { seconds });

  const app = await startPortal(database.url, PORT);
  try {
    const started = performance.now();
    const response = await fetch(`${app.origin}/en/translation-status`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`translation status: HTTP ${response.status}`);
    firstRender = performance.now() - started;
    portal = await measure(`${app.origin}/en/translation-status`, { seconds });
  } finally {
    await app.stop();
  }
} finally {
  await pool.end();
  await recorder.db.$disconnect();
  await database.dispose();
}

console.log(
  `\nTranslation desk at scale: ${scale.projects} projects; ${seconds} s each, 10 connections, loopback, ${new Date().toISOString()}`,
);
console.log("                                  |  req/s  p95 ms | vs bare aggregate (req/s, p95)");
console.log(
  `/en/translation-status (cached)   | ${fmt(portal!.requestsPerSecond).padStart(6)} ${fmt(portal!.p95).padStart(7)} |`,
);
for (const entry of measured) {
  const load = entry.load!;
  console.log(
    `${entry.name.padEnd(33)} | ${fmt(load.requestsPerSecond).padStart(6)} ${fmt(load.p95).padStart(7)} | ${fmt(load.requestsPerSecond / bare!.requestsPerSecond, 3)}, ${fmt(load.p95 / bare!.p95, 1)}×`,
  );
}
console.log(
  `${"bare aggregate query".padEnd(33)} | ${fmt(bare!.requestsPerSecond).padStart(6)} ${fmt(bare!.p95).padStart(7)} |`,
);
console.log(`The status page renders once per change (cached, ADR 4): first render ${fmt(firstRender)} ms.`);
console.log("\nStatements (EXPLAIN ANALYZE):");
for (const entry of measured) {
  for (const [index, plan] of entry.plans.entries()) {
    console.log(
      `  ${fmt(plan.milliseconds, 2).padStart(7)} ms  ${entry.name} #${index + 1}: ${plan.scans.join("; ").slice(0, 110)}`,
    );
  }
}
await mkdir("bench-results", { recursive: true });
const stamp = Date.now();
await writeFile(
  `bench-results/translations-${stamp}.json`,
  JSON.stringify(
    {
      scale,
      portal,
      bare,
      measured: measured.map(({ name, statements, load, plans }) => ({ name, statements, load, plans })),
    },
    null,
    2,
  ),
);
console.log(`Full plans: bench-results/translations-${stamp}.json\n`);
process.exit(0);
