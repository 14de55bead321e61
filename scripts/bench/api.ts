// `npm run bench`, part five: the public API at scale (10,000 projects, 200,000 updates by default).
// For the project list and the status-update list: cursor pages (first and 50th) and an
// updatedSince harvest of 1 % changed, each on a cache miss against the same
// SQL through a bare `pg` pool, then cached under load; the bulk downloads and the IATI file of
// every project: time, bytes and the server's peak memory. Prints ratios against the limits of
// issue 13 (a cursor page within 2x its bare SQL; page 50 no slower than page 1; IATI < 10 s).
import { mkdir, writeFile } from "node:fs/promises";
import pg from "pg";
import { clusters } from "../db/embedded";
import { connectionParts } from "../db/connection";
import { createTestDatabase } from "../db/test-database";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedScale } from "../../prisma/seed/scale";
import { measure, percentile } from "./load";
import { fmt, requireBuild, startPortal } from "./portal";
import { recordingClient, type Statement } from "./sql";

const PORT = 3205;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const scale = {
  projects: Number(process.env.BENCH_PROJECTS ?? 10_000),
  updates: Number(process.env.BENCH_UPDATES ?? 200_000),
};
const MISSES = 40;
// The bench asks from one address far more often than a client may.
process.env.API_RATE_LIMIT = "100000000";

requireBuild();
const database = await createTestDatabase(clusters.bench, "benchapi");
const recorder = recordingClient(database.url);
(globalThis as { lmcDb?: unknown }).lmcDb = recorder.db;
const { projectList } = await import("../../lib/open-data/projects");
const { updateList } = await import("../../lib/open-data/updates");
const { projectQuerySchema, updateQuerySchema } = await import("../../lib/open-data/params");
const pool = new pg.Pool({ ...connectionParts(database.url), max: 10 });

type Row = { name: string; missP50: number; bareP50: number; cachedRps?: number; cachedP95?: number };
const rows: Row[] = [];
const downloads: { name: string; seconds: number; mb: number; rssBeforeMiB: number; peakRssMiB: number }[] =
  [];

/** One run of a read's statements, one after another, as the server sends them. */
const sequentialSql = async (statements: Statement[]) => {
  const started = performance.now();
  for (const { sql, params } of statements) await pool.query(sql, params);
  return performance.now() - started;
};

const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );

try {
  const owner = createPrismaClient(database.ownerUrl);
  await seedScale(owner, scale);
  const app = await startPortal(database.url, PORT);
  try {
    const get = async (path: string) => {
      const response = await fetch(`${app.origin}${path}`);
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      return response;
    };
    /** The cursor of page 50 of a list, followed as a harvester would. */
    const cursorOfPage50 = async (list: string) => {
      let next: string | null = `/api/v1/${list}?limit=100`;
      let cursor = "";
      for (let page = 1; page < 50 && next; page++) {
        const body = (await (await get(next)).json()) as { links: { next: string | null } };
        if (!body.links.next) break;
        const url = new URL(body.links.next);
        next = url.pathname + url.search;
        cursor = url.searchParams.get("cursor")!;
      }
      return cursor;
    };
    const projects50 = await cursorOfPage50("projects");
    const updates50 = await cursorOfPage50("updates");
    // 1 % of the projects and of the updates change; a harvester asks for what changed since just before.
    const since = new Date(Date.now() - 1000).toISOString();
    await owner.$executeRaw`UPDATE "Project" SET "updatedAt" = now() WHERE id IN (SELECT id FROM "Project" ORDER BY random() LIMIT ${Math.round(scale.projects / 100)})`;
    await owner.$executeRaw`UPDATE "StatusUpdate" SET "updatedAt" = now() WHERE id IN (SELECT id FROM "StatusUpdate" ORDER BY random() LIMIT ${Math.round(scale.updates / 100)})`;
    const readProjects = (query: Record<string, string>) => projectList(projectQuerySchema.parse(query));
    const readUpdates = (query: Record<string, string>) => updateList(updateQuerySchema.parse(query));
    const cases = [
      { name: "projects page 1", list: "projects", read: readProjects, query: {} as Record<string, string> },
      { name: "projects page 50", list: "projects", read: readProjects, query: { cursor: projects50 } },
      { name: "projects since 1 %", list: "projects", read: readProjects, query: { updatedSince: since } },
      { name: "updates page 1", list: "updates", read: readUpdates, query: {} },
      { name: "updates page 50", list: "updates", read: readUpdates, query: { cursor: updates50 } },
      { name: "updates since 1 %", list: "updates", read: readUpdates, query: { updatedSince: since } },
    ];
    for (const { name, list, read, query } of cases) {
      // Cache misses (every request a different limit, 100..139, so none is answered from the
      // cache), each followed by one run of the very statements that read sends, through bare
      // `pg`: the two are measured side by side, under the same load of the machine.
      const limits = Array.from({ length: MISSES }, (_, n) => String(100 + n));
      const statements: Statement[][] = [];
      for (const limit of limits) statements.push(await recorder.capture(() => read({ ...query, limit })));
      const misses: number[] = [];
      const bare: number[] = [];
      for (const [n, limit] of limits.entries()) {
        const started = performance.now();
        await (await get(`/api/v1/${list}?${new URLSearchParams({ ...query, limit })}`)).arrayBuffer();
        misses.push(performance.now() - started);
        bare.push(await sequentialSql(statements[n]!));
      }
      const cached = await measure(
        `${app.origin}/api/v1/${list}?${new URLSearchParams({ ...query, limit: "100" })}`,
        {
          seconds,
        },
      );
      rows.push({
        name,
        missP50: median(misses),
        bareP50: median(bare),
        cachedRps: cached.requestsPerSecond,
        cachedP95: cached.p95,
      });
    }
    for (const path of [
      "/api/v1/bulk/projects.jsonl",
      "/api/v1/bulk/projects.csv",
      "/api/v1/iati/activities.xml",
    ]) {
      const before = app.rssMiB();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, app.rssMiB())), 100);
      const started = performance.now();
      const bytes = (await (await get(path)).arrayBuffer()).byteLength;
      clearInterval(sampler);
      downloads.push({
        name: path,
        seconds: (performance.now() - started) / 1000,
        mb: bytes / 1e6,
        rssBeforeMiB: before,
        peakRssMiB: peak,
      });
    }
  } finally {
    await app.stop();
    await owner.$disconnect();
  }
} finally {
  await pool.end();
  await recorder.db.$disconnect();
  await database.dispose();
}

console.log(
  `\nPublic API at scale: ${scale.projects} projects, ${scale.updates} updates; loopback, ${new Date().toISOString()}`,
);
console.log(
  "case                 | miss p50 ms | bare SQL p50 ms | miss/bare (limit 2.0) | cached req/s  p95 ms",
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(20)} | ${fmt(row.missP50).padStart(11)} | ${fmt(row.bareP50).padStart(15)} | ` +
      `${fmt(row.missP50 / row.bareP50, 2).padStart(21)} | ${fmt(row.cachedRps ?? NaN).padStart(12)} ${fmt(row.cachedP95 ?? NaN).padStart(7)}`,
  );
}
for (const [first, deep] of [
  [0, 1],
  [3, 4],
] as const) {
  console.log(
    `${rows[deep]!.name} / page 1 on a miss: ${fmt(rows[deep]!.missP50 / rows[first]!.missP50, 2)} (limit 1.0, noise aside)`,
  );
}
for (const download of downloads) {
  console.log(
    `${download.name.padEnd(28)} ${fmt(download.seconds, 2).padStart(6)} s ${fmt(download.mb).padStart(7)} MB, server RSS ${fmt(download.rssBeforeMiB, 0)} -> peak ${fmt(download.peakRssMiB, 0)} MiB` +
      (download.name.includes("iati") ? ` (limit 10 s: ${fmt(download.seconds / 10, 2)})` : ""),
  );
}
await mkdir("bench-results", { recursive: true });
await writeFile(`bench-results/api-${Date.now()}.json`, JSON.stringify({ scale, rows, downloads }, null, 2));
process.exit(0);
