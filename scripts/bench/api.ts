// `npm run bench`, part five: the public API at scale (10,000 projects, 200,000 updates by default).
// For the project list and the status-update list: cursor pages (first and 50th) and an
// updatedSince harvest of 1 % changed, each on a cache miss against the same
// SQL through a bare `pg` pool, then cached under load; the bulk downloads and the IATI file of
// every project: time, bytes, the server's peak memory and the ratio to their statements through
// bare `pg`. Prints ratios against the limits of
// issue 13 (a cursor page within 2x its bare SQL; page 50 no slower than page 1; IATI < 10 s),
// p50 and p95 of each.
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
const { bulkProjects, bulkQuerySchema } = await import("../../lib/open-data/bulk");
const { openIatiFile } = await import("../../lib/iati/file");
const pool = new pg.Pool({ ...connectionParts(database.url), max: 10 });

type Row = {
  name: string;
  missP50: number;
  missP95: number;
  bareP50: number;
  bareP95: number;
  cachedRps: number;
  cachedP95: number;
};
const rows: Row[] = [];
type Download = {
  name: string;
  p50: number;
  p95: number;
  bareP50: number;
  mb: number;
  rssBeforeMiB: number;
  peakRssMiB: number;
};
const downloads: Download[] = [];
const DOWNLOAD_RUNS = 3;

/** One run of a read's statements, one after another, as the server sends them. */
const sequentialSql = async (statements: Statement[]) => {
  const started = performance.now();
  for (const { sql, params } of statements) await pool.query(sql, params);
  return performance.now() - started;
};

const quantile = (samples: number[], p: number) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    p,
  );

/** Reads a stream to its end, as a client would. */
const drain = async (stream: ReadableStream<Uint8Array>) => {
  const reader = stream.getReader();
  while (!(await reader.read()).done);
};

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
        missP50: quantile(misses, 50),
        missP95: quantile(misses, 95),
        bareP50: quantile(bare, 50),
        bareP95: quantile(bare, 95),
        cachedRps: cached.requestsPerSecond,
        cachedP95: cached.p95,
      });
    }
    // Each download a few times through the server, then the statements it sends, replayed
    // one after another through bare `pg` (what the server adds: turning rows into text and sending it).
    const bulkQuery = bulkQuerySchema.parse({});
    const files: [string, () => Promise<void>][] = [
      ["/api/v1/bulk/projects.jsonl", () => drain(bulkProjects("jsonl", bulkQuery))],
      ["/api/v1/bulk/projects.csv", () => drain(bulkProjects("csv", bulkQuery))],
      ["/api/v1/iati/activities.xml", async () => drain((await openIatiFile({}))!)],
    ];
    for (const [path, read] of files) {
      const before = app.rssMiB();
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, app.rssMiB())), 100);
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < DOWNLOAD_RUNS; run++) {
        const started = performance.now();
        bytes = (await (await get(path)).arrayBuffer()).byteLength;
        times.push((performance.now() - started) / 1000);
      }
      clearInterval(sampler);
      const statements = await recorder.capture(read);
      const bare: number[] = [];
      for (let run = 0; run < DOWNLOAD_RUNS; run++) bare.push((await sequentialSql(statements)) / 1000);
      downloads.push({
        name: path,
        p50: quantile(times, 50),
        p95: quantile(times, 95),
        bareP50: quantile(bare, 50),
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
  "case                 | miss p50  p95 ms | bare SQL p50  p95 ms | miss/bare p50 (limit 2.0) | cached req/s  p95 ms",
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(20)} | ${fmt(row.missP50).padStart(8)} ${fmt(row.missP95).padStart(7)} | ` +
      `${fmt(row.bareP50).padStart(12)} ${fmt(row.bareP95).padStart(7)} | ${fmt(row.missP50 / row.bareP50, 2).padStart(25)} | ` +
      `${fmt(row.cachedRps).padStart(12)} ${fmt(row.cachedP95).padStart(7)}`,
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
console.log(
  `\n${`Downloads (${DOWNLOAD_RUNS} runs each)`.padEnd(30)} | p50 s | max s | bare SQL s | ratio |      MB | server RSS MiB`,
);
for (const download of downloads) {
  console.log(
    `${download.name.padEnd(30)} | ${fmt(download.p50, 2).padStart(5)} | ${fmt(download.p95, 2).padStart(5)} | ` +
      `${fmt(download.bareP50, 2).padStart(10)} | ${fmt(download.p50 / download.bareP50, 2).padStart(5)} | ${fmt(download.mb).padStart(7)} | ` +
      `${fmt(download.rssBeforeMiB, 0)} -> peak ${fmt(download.peakRssMiB, 0)}` +
      (download.name.includes("iati") ? ` (limit 10 s: ${fmt(download.p50 / 10, 2)})` : ""),
  );
}
await mkdir("bench-results", { recursive: true });
await writeFile(`bench-results/api-${Date.now()}.json`, JSON.stringify({ scale, rows, downloads }, null, 2));
process.exit(0);
