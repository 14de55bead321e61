// `npm run bench`, part three: the dashboard and the briefing pack's PDF at scale (10,000 projects
// and 200,000 status updates by default). The dashboard page is measured against its own SQL
// statements replayed through a bare `pg` pool, and that SQL against a bare aggregate query (one
// GROUP BY over the projects). The PDF is printed from an edition issued over the whole data set.
// Run with `--conditions=react-server`: it imports the portal's own query functions and mutations.
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { clusters } from "../db/embedded";
import { connectionParts } from "../db/connection";
import { createTestDatabase } from "../db/test-database";
import { clearPageCache } from "../page-cache";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedScale } from "../../prisma/seed/scale";
import { measure, percentile, type LoadResult } from "./load";
import { fmt, requireBuild, startPortal } from "./portal";
import { explain, measureSql, recordingClient, type Explained, type Statement } from "./sql";

const PORT = 3202;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const scale = {
  projects: Number(process.env.BENCH_PROJECTS ?? 10_000),
  updates: Number(process.env.BENCH_UPDATES ?? 200_000),
};
const BARE_AGGREGATE: Statement = {
  sql: `SELECT status, count(*) FROM "Project" WHERE published GROUP BY status`,
  params: [],
};

requireBuild();
clearPageCache();
const database = await createTestDatabase(clusters.bench, "benchdashboard");
const recorder = recordingClient(database.url);
(globalThis as { lmcDb?: unknown }).lmcDb = recorder.db;
const { figures, liveSource } = await import("../../lib/dashboard/figures");
const { visibleProjectsSql } = await import("../../lib/projects/visibility");
const { statusTrend } = await import("../../lib/dashboard/trend");
const { meetingCadence } = await import("../../lib/dashboard/cadence");
const { getFeaturedPlan } = await import("../../lib/plan/queries");
const { issueEdition, publishEdition } = await import("../../lib/reports/edition-mutations");
const { approveReport, reopenReport, returnReport, saveReportNarratives, submitReport } =
  await import("../../lib/reports/report-mutations");
const pool = new pg.Pool({ ...connectionParts(database.url), max: 10 });

let seedSeconds = 0;
let issueSeconds = 0;
let editionProjects = 0;
const result: {
  portal?: LoadResult;
  bareBytes?: LoadResult;
  filtered?: LoadResult;
  rssMiB?: number;
  treeRssMiB?: number;
  settledRssMiB?: number;
  jobsRssMiB?: number;
  settledJobsRssMiB?: number;
  pageSql?: LoadResult;
  bare?: LoadResult;
  plans: { sql: string; plan: Explained }[];
  misses: number[];
  renders: number[];
  hits: number[];
  pdf: { lng: string; ms: number; bytes: number; cachedMs: number }[];
} = { plans: [], misses: [], renders: [], hits: [], pdf: [] };
try {
  const started = performance.now();
  // As the owner: the closing ANALYZE needs it (the portal's role may not analyze tables).
  const owner = createPrismaClient(database.ownerUrl);
  await seedScale(owner, scale);
  await owner.$disconnect();
  seedSeconds = (performance.now() - started) / 1000;

  // Every 2022 contribution submitted afresh over the whole data set and approved, then the edition
  // issued: frozen snapshots from before the synthetic projects existed are reopened or returned.
  const system = { db: recorder.db, actor: null, ip: null, system: "bench" };
  const must = async (outcome: Promise<{ ok: boolean }>) => {
    const value = await outcome;
    if (!value.ok) throw new Error(JSON.stringify(value));
  };
  const issueStarted = performance.now();
  const reports = await recorder.db.countryReport.findMany({ where: { period: { year: 2022 } } });
  for (const report of reports) {
    const ref = async () => ({
      reportId: report.id,
      version: (await recorder.db.countryReport.findUniqueOrThrow({ where: { id: report.id } })).version,
    });
    if (report.state === "approved")
      await must(reopenReport.execute(system, { ...(await ref()), comment: "bench" }));
    if (report.state === "submitted")
      await must(returnReport.execute(system, { ...(await ref()), comment: "bench" }));
    if (report.state === "not_started")
      await must(saveReportNarratives.execute(system, { ...(await ref()), locale: "en", narratives: {} }));
    await must(submitReport.execute(system, await ref()));
    await must(approveReport.execute(system, await ref()));
  }
  const issued = await issueEdition.execute(system, { periodId: reports[0]!.periodId });
  if (!issued.ok) throw new Error(JSON.stringify(issued));
  await must(publishEdition.execute(system, { number: issued.data.number }));
  issueSeconds = (performance.now() - issueStarted) / 1000;
  editionProjects = await recorder.db.editionProject.count({
    where: { edition: { number: issued.data.number } },
  });

  const plan = (await getFeaturedPlan("en"))!;
  const thisYear = new Date().getUTCFullYear();
  const statements = await recorder.capture(() =>
    Promise.all([
      figures(liveSource(plan.id, visibleProjectsSql("public", "p")), {}, plan.id),
      statusTrend(plan, visibleProjectsSql("public", "p"), {}, thisYear),
      meetingCadence(plan.startYear, Math.max(plan.endYear, Math.min(thisYear, plan.endYear + 3))),
    ]),
  );
  // A connection's first statements also fill its catalogue caches (several ms here): the server's
  // pooled connections are past that, so the statements run twice before they are explained.
  for (let run = 0; run < 2; run++) for (const { sql, params } of statements) await pool.query(sql, params);
  for (const statement of statements)
    result.plans.push({ sql: statement.sql, plan: await explain(pool, statement) });

  const app = await startPortal(database.url, PORT);
  try {
    // The server's first renders load and compile its code: two filtered pages warm it up. Then one
    // render per country is a data-cache miss (figures not computed before); the same countries
    // with the map coloured by another measure are renders from cached figures (a page not rendered
    // before); and thirty more requests for pages rendered before come from the page cache.
    const render = async (query: string) => {
      const renderStarted = performance.now();
      const response = await fetch(`${app.origin}/en/dashboard?${query}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`dashboard?${query}: HTTP ${response.status}`);
      return performance.now() - renderStarted;
    };
    await render("measure=completion");
    await render("pillar=political-security");
    const countries = ["CN", "KH", "LA", "MM", "TH", "VN"];
    for (const country of countries) result.misses.push(await render(`country=${country}`));
    for (const measure of ["completion", "committed"])
      for (const country of countries)
        result.renders.push(await render(`country=${country}&measure=${measure}`));
    for (let round = 0; round < 30; round++)
      result.hits.push(await render(`country=${countries[round % countries.length]}`));
    // Without filters the dashboard is a cached page (ADR 23), against a bare server sending its bytes.
    const page = Buffer.from(await (await fetch(`${app.origin}/en/dashboard`)).arrayBuffer());
    const bare = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": page.length });
      response.end(page);
    });
    await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
    result.portal = await measure(`${app.origin}/en/dashboard`, { seconds });
    result.bareBytes = await measure(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`, {
      seconds,
    });
    bare.close();
    result.filtered = await measure(`${app.origin}/en/dashboard?country=TH`, { seconds });
    result.pageSql = await measureSql(pool, statements, { seconds });
    result.bare = await measureSql(pool, [BARE_AGGREGATE], { seconds });
    for (const lng of ["en", "km"]) {
      const url = `${app.origin}/${lng}/reports/${issued.data.number}/briefing.pdf`;
      const printStarted = performance.now();
      const response = await fetch(url);
      const bytes = (await response.arrayBuffer()).byteLength;
      if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
      const ms = performance.now() - printStarted;
      const cachedStarted = performance.now();
      await (await fetch(url)).arrayBuffer();
      result.pdf.push({ lng, ms, bytes, cachedMs: performance.now() - cachedStarted });
    }
    result.rssMiB = app.rssMiB();
    result.treeRssMiB = app.treeRssMiB();
    result.jobsRssMiB = app.jobsTreeRssMiB();
    // V8 gives back heap it grew under load once requests stop (its memory reducer starts after 8 s).
    // Meanwhile the job process prints the briefing packs that publishing the edition queued, in
    // every language: its memory is reported beside the server's.
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    result.settledRssMiB = app.rssMiB();
    result.settledJobsRssMiB = app.jobsTreeRssMiB();
  } finally {
    await app.stop();
  }
} finally {
  await pool.end();
  await recorder.db.$disconnect();
  await database.dispose();
}

const { portal, bareBytes, filtered, pageSql, bare } = result as Required<typeof result>;
console.log(
  `\nDashboard and briefing pack at scale: ${scale.projects} projects, ${scale.updates} status updates (seeded in ${fmt(seedSeconds)} s); ` +
    `${seconds} s each, 10 connections, loopback, ${new Date().toISOString()}`,
);
console.log("                      |  req/s  p95 ms");
console.log(
  `/en/dashboard         | ${fmt(portal.requestsPerSecond).padStart(6)} ${fmt(portal.p95).padStart(7)}  (the cached page)`,
);
console.log(
  `bare server, its bytes| ${fmt(bareBytes.requestsPerSecond).padStart(6)} ${fmt(bareBytes.p95).padStart(7)}  ratio ${fmt(portal.requestsPerSecond / bareBytes.requestsPerSecond, 3)} (target ≥ 0.5)`,
);
console.log(
  `/en/dashboard?country=TH | ${fmt(filtered.requestsPerSecond).padStart(6)} ${fmt(filtered.p95).padStart(7)}  (the cached page of one set of filters)`,
);
console.log(
  `${`its SQL (${result.plans.length} statements)`.padEnd(21)} | ${fmt(pageSql.requestsPerSecond).padStart(6)} ${fmt(pageSql.p95).padStart(7)}`,
);
console.log(
  `bare aggregate query  | ${fmt(bare.requestsPerSecond).padStart(6)} ${fmt(bare.p95).padStart(7)}`,
);
console.log(
  `ratios: page / its SQL ${fmt(portal.requestsPerSecond / pageSql.requestsPerSecond, 3)} req/s; ` +
    `its SQL / bare aggregate ${fmt(pageSql.requestsPerSecond / bare.requestsPerSecond, 3)} req/s, ${fmt(pageSql.p95 / bare.p95, 1)}× p95`,
);
if (portal.errors || portal.non2xx)
  console.log(`  ! ${portal.errors} errors, ${portal.non2xx} non-2xx answers`);
console.log(
  "The page takes its figures from Next's data cache (expired by every change to project data); its SQL is what a miss costs.",
);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const p50 = (values: number[]) => fmt(percentile(sorted(values), 50));
console.log(
  `Dashboard page for one country, single requests after two warm-up renders: computing its figures p50 ${p50(result.misses)} ms ` +
    `(${result.misses.length} countries; target ≤ 150); rendered from cached figures p50 ${p50(result.renders)} ms (${result.renders.length} pages); ` +
    `a page rendered before, from the page cache, p50 ${p50(result.hits)} ms (${result.hits.length} requests; target ≤ 10)`,
);
const sqlTotal = result.plans.reduce((sum, { plan }) => sum + plan.milliseconds, 0);
console.log(
  `Its SQL in total: ${fmt(sqlTotal, 2)} ms (EXPLAIN ANALYZE; target ≤ 20, ratio ${fmt(sqlTotal / 20, 2)})`,
);
console.log(
  `Server memory after the run: ${fmt(result.rssMiB ?? NaN, 0)} MiB resident (target ≤ 400, ratio ${fmt((result.rssMiB ?? NaN) / 400, 2)}); ` +
    `with its child processes (the on-demand PDF printer's Chromium) ${fmt(result.treeRssMiB ?? NaN, 0)} MiB; ` +
    `30 s later, without requests: ${fmt(result.settledRssMiB ?? NaN, 0)} MiB. ` +
    `The job process beside it, with the printer's Chromium: ${fmt(result.jobsRssMiB ?? NaN, 0)} MiB, ` +
    `30 s later (printing the edition's packs) ${fmt(result.settledJobsRssMiB ?? NaN, 0)} MiB`,
);
console.log(
  "\nDashboard statements (EXPLAIN ANALYZE; aggregates over every project read whole tables by design):",
);
for (const { sql, plan } of result.plans) {
  const name = sql.replace(/\s+/g, " ").slice(0, 70);
  console.log(`  ${fmt(plan.milliseconds, 2).padStart(7)} ms  ${name}…`);
}
console.log(
  `\nEdition over the whole data set: ${editionProjects} projects, approved and issued in ${fmt(issueSeconds)} s`,
);
for (const pdf of result.pdf) {
  console.log(
    `Briefing pack PDF (${pdf.lng}): printed in ${fmt(pdf.ms / 1000, 2)} s (${fmt(pdf.bytes / 1024)} KiB), from the cache in ${fmt(pdf.cachedMs)} ms`,
  );
}
await mkdir("bench-results", { recursive: true });
const stamp = Date.now();
await writeFile(
  `bench-results/dashboard-${stamp}.json`,
  JSON.stringify(
    {
      scale,
      seedSeconds,
      issueSeconds,
      editionProjects,
      ...result,
      plans: result.plans.map(({ sql, plan }) => ({ sql, ...plan })),
    },
    null,
    2,
  ),
);
console.log(`Full plans: bench-results/dashboard-${stamp}.json\n`);
process.exit(0);
