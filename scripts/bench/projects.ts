// `npm run bench`, part two: project lists, a search and a project page at scale (10,000 projects
// and 200,000 status updates by default), each against its limit: the same SQL statements the page
// sends, replayed through a bare `pg` pool. Prints the ratios and whether every plan is index-backed.
// Run with `--conditions=react-server`: it imports the portal's own query functions.
import { mkdir, writeFile } from "node:fs/promises";
import pg from "pg";
import { clusters } from "../db/embedded";
import { connectionParts } from "../db/connection";
import { createTestDatabase } from "../db/test-database";
import { clearPageCache } from "../page-cache";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedScale } from "../../prisma/seed/scale";
import type { Locale } from "../../lib/i18n/settings";
import { measure, percentile, type LoadResult } from "./load";
import { fmt, requireBuild, startPortal } from "./portal";
import { explain, measureSql, recordingClient, type Explained, type Statement } from "./sql";

const PORT = 3201;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const scale = {
  projects: Number(process.env.BENCH_PROJECTS ?? 10_000),
  updates: Number(process.env.BENCH_UPDATES ?? 200_000),
};
const PAGE_CODE = "SCALE-000123";
const CASES = [
  { name: "list, 2 filters", path: "/en/projects?country=TH&status=ongoing" },
  { name: "list, page 200", path: "/en/projects?page=200" },
  { name: "list, by progress", path: "/en/projects?sort=progress&page=3" },
  { name: "list, commitment", path: "/en/projects?paragraph=4.2.5-3" },
  { name: "search, Thai", path: `/th/projects?q=${encodeURIComponent("ชลประทาน")}` },
  // Every request a new address: what a search costs the first time it is asked for.
  { name: "search, Thai, new", path: `/th/projects?q=${encodeURIComponent("ชลประทาน")}`, eachNew: true },
  { name: "search, code", path: "/en/projects?q=scale-004217" },
  { name: "project page", path: `/en/projects/${PAGE_CODE}` },
];

requireBuild();
clearPageCache();
const database = await createTestDatabase(clusters.bench, "benchprojects");
const recorder = recordingClient(database.url);
// The query functions below use the recording client as the portal's one client.
(globalThis as { lmcDb?: unknown }).lmcDb = recorder.db;
const { getProjectPage, listProjects } = await import("../../lib/projects/queries");
const { projectFilterSchema } = await import("../../lib/projects/filters");
const pool = new pg.Pool({ ...connectionParts(database.url), max: 10 });

type Row = { name: string; path: string; portal: LoadResult; bare: LoadResult; plans: Explained[] };
const rows: Row[] = [];
const pageRenders: number[] = [];
const listRenders: number[] = [];
const pageQueries: number[] = [];
const planRenders: { path: string; ms: number }[] = [];
let seedSeconds = 0;
try {
  const seedStarted = performance.now();
  // As the owner: the closing ANALYZE needs it (the portal's role may not analyze tables).
  const owner = createPrismaClient(database.ownerUrl);
  await seedScale(owner, scale);
  await owner.$disconnect();
  seedSeconds = (performance.now() - seedStarted) / 1000;

  const statementsOf = (path: string): Promise<Statement[]> => {
    const url = new URL(path, "http://bench");
    const [, lng, , code] = url.pathname.split("/") as [string, Locale, string, string?];
    if (code) return recorder.capture(() => getProjectPage(null, code, lng));
    const filter = projectFilterSchema.parse(Object.fromEntries(url.searchParams));
    return recorder.capture(() => listProjects(null, filter, lng));
  };

  const app = await startPortal(database.url, PORT);
  try {
    // The plan pages roll up every linked project: their first render at this scale.
    for (const path of ["/en/plan", "/th/plan", "/en/plan/4-2-5"]) {
      const started = performance.now();
      const response = await fetch(`${app.origin}${path}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      planRenders.push({ path, ms: performance.now() - started });
    }
    // Cache misses: the first request of 50 published project pages, against their bare query.
    for (let n = 1; pageRenders.length < 50; n++) {
      if (n % 10 === 0) continue; // every tenth synthetic project is unpublished
      const code = `SCALE-${String(n).padStart(6, "0")}`;
      const started = performance.now();
      const response = await fetch(`${app.origin}/en/projects/${code}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${code}: HTTP ${response.status}`);
      pageRenders.push(performance.now() - started);
      const [statement] = await statementsOf(`/en/projects/${code}`);
      const queryStarted = performance.now();
      await pool.query(statement!.sql, statement!.params);
      pageQueries.push(performance.now() - queryStarted);
    }
    // Lists without a search are cached pages too, one per query (ADR 4): twenty pages of one
    // filtered list, each asked for the first time, are renders.
    for (let page = 2; listRenders.length < 20; page++) {
      const path = `/en/projects?country=TH&sort=code&page=${page}`;
      const started = performance.now();
      const response = await fetch(`${app.origin}${path}`);
      const html = await response.text();
      if (response.status !== 200 || !html.includes("SCALE-"))
        throw new Error(`${path}: no synthetic projects`);
      listRenders.push(performance.now() - started);
    }
    for (const { name, path, eachNew = false } of CASES) {
      const response = await fetch(`${app.origin}${path}`);
      const html = await response.text();
      if (response.status !== 200 || !html.includes("SCALE-"))
        throw new Error(`${path} did not list synthetic projects`);
      const statements = await statementsOf(path);
      const plans = [];
      for (const statement of statements) plans.push(await explain(pool, statement));
      const portal = await measure(`${app.origin}${path}`, { seconds, eachNew });
      const bare = await measureSql(pool, statements, { seconds });
      rows.push({ name, path, portal, bare, plans });
    }
  } finally {
    await app.stop();
  }
} finally {
  await pool.end();
  await recorder.db.$disconnect();
  await database.dispose();
}

console.log(
  `\nProjects at scale: ${scale.projects} projects, ${scale.updates} status updates (seeded in ${fmt(seedSeconds)} s); ` +
    `${seconds} s each, 10 connections, loopback, ${new Date().toISOString()}`,
);
console.log(
  "case              | portal req/s  p95 ms | bare SQL q/s  p95 ms | req/s ratio  p95 ratio | plans",
);
for (const { name, portal, bare, plans } of rows) {
  const seqScans = plans.flatMap((plan) => plan.seqScansOfLargeTables);
  console.log(
    `${name.padEnd(17)} | ${fmt(portal.requestsPerSecond).padStart(12)} ${fmt(portal.p95).padStart(7)} | ` +
      `${fmt(bare.requestsPerSecond).padStart(12)} ${fmt(bare.p95).padStart(7)} | ` +
      `${fmt(portal.requestsPerSecond / bare.requestsPerSecond, 3).padStart(11)} ${fmt(portal.p95 / bare.p95, 1).padStart(10)} | ` +
      (seqScans.length ? `SEQUENTIAL SCAN of ${seqScans.join(", ")}` : "index-backed"),
  );
  if (portal.errors || portal.non2xx)
    console.log(`  ! ${portal.errors} errors, ${portal.non2xx} non-2xx answers`);
}
console.log(
  "req/s ratio = portal pages / bare SQL (1.0 is the limit); bare SQL runs the page's own statements through pg.",
);
console.log(
  "Lists without a search and the project page are served from the page cache once rendered (the rows above); their cache misses follow.",
);
console.log(
  'A search is kept in memory once asked for twice within a minute ("search" rows); "new": every request an address not asked for before, so rendered.',
);
pageRenders.sort((a, b) => a - b);
pageQueries.sort((a, b) => a - b);
console.log(
  `\nProject page on a cache miss (${pageRenders.length} pages, ~${Math.round(scale.updates / scale.projects)} updates each): ` +
    `render p50 ${fmt(percentile(pageRenders, 50))} ms, p95 ${fmt(percentile(pageRenders, 95))} ms; ` +
    `its bare query p50 ${fmt(percentile(pageQueries, 50))} ms, p95 ${fmt(percentile(pageQueries, 95))} ms`,
);
listRenders.sort((a, b) => a - b);
console.log(
  `List page on a cache miss (${listRenders.length} pages of one filtered list): render p50 ${fmt(percentile(listRenders, 50))} ms, p95 ${fmt(percentile(listRenders, 95))} ms`,
);
console.log(
  `Plan pages with roll-ups over all projects, first render: ${planRenders.map(({ path, ms }) => `${path} ${fmt(ms)} ms`).join(", ")}`,
);
console.log("\nPlans (EXPLAIN ANALYZE; tables of over 1,000 rows must not be read sequentially):");
for (const { name, plans } of rows) {
  plans.forEach((plan, index) => {
    const scans = plan.scans.filter((scan) => /Project|StatusUpdate|FundingLine|Text/.test(scan));
    console.log(`  ${name} #${index + 1} (${fmt(plan.milliseconds, 2)} ms): ${scans.join("; ")}`);
  });
}
await mkdir("bench-results", { recursive: true });
const stamp = Date.now();
await writeFile(
  `bench-results/projects-${stamp}.json`,
  JSON.stringify({ scale, seedSeconds, rows, pageRenders, pageQueries, listRenders, planRenders }, null, 2),
);
await writeFile(
  `bench-results/projects-explain-${stamp}.txt`,
  rows
    .map(({ name, path, plans }) => `## ${name}: ${path}\n\n${plans.map((plan) => plan.text).join("\n\n")}`)
    .join("\n\n"),
);
console.log(`\nFull plans: bench-results/projects-explain-${stamp}.txt\n`);
process.exit(0);
