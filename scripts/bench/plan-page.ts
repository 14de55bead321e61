// `npm run bench`, part one: the public plan page under load, against its limit. The limit is a bare
// node:http server that answers the very same HTML bytes from memory, measured in the same run on
// the same machine, so the ratio says what rendering the page costs on top of serving it.
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { clusters } from "../db/embedded";
import { createTestDatabase } from "../db/test-database";
import { locales } from "../../lib/i18n/settings";
import { measure, percentile, type LoadResult } from "./load";
import { clearPageCache } from "../page-cache";
import { fmt, requireBuild, startPortal } from "./portal";

const PORT = 3200;
const PATHS = ["/en/plan", "/th/plan", "/en/plan/4-2-5"];
const SECTIONS = [
  "1",
  "2",
  "3",
  "4",
  "4.1",
  "4.1.1",
  "4.1.2",
  "4.1.3",
  "4.1.4",
  "4.2",
  "4.2.1",
  "4.2.2",
  "4.2.3",
  "4.2.4",
  "4.2.5",
  "4.2.6",
  "4.2.7",
];
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

function bareServer(body: Buffer, contentType: string): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": contentType, "content-length": body.length });
    response.end(body);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

requireBuild();
clearPageCache();
const database = await createTestDatabase(clusters.bench, "bench");
const rows: { path: string; bytes: number; portal: LoadResult; bare: LoadResult }[] = [];
const renders: number[] = [];
const app = await startPortal(database.url, PORT);
try {
  // Cache misses: the first request of every section page in every locale renders it.
  for (const lng of locales) {
    for (const number of SECTIONS) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${PORT}/${lng}/plan/${number.replaceAll(".", "-")}`);
      await response.arrayBuffer();
      if (response.headers.get("x-nextjs-cache") !== "HIT") renders.push(performance.now() - started);
    }
  }
  for (const path of PATHS) {
    const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
    const body = Buffer.from(await response.arrayBuffer());
    const bare = await bareServer(body, response.headers.get("content-type") ?? "text/html");
    const barePort = (bare.address() as AddressInfo).port;
    const portal = await measure(`http://127.0.0.1:${PORT}${path}`, { seconds });
    const limit = await measure(`http://127.0.0.1:${barePort}${path}`, { seconds });
    bare.close();
    rows.push({ path, bytes: body.length, portal, bare: limit });
  }
} finally {
  await app.stop();
  await database.dispose();
}

console.log(
  `\nPlan pages under load: ${seconds} s each, 10 connections, loopback, ${new Date().toISOString()}`,
);
console.log(
  "path               HTML KiB | portal req/s  p95 ms | bare req/s  p95 ms | req/s ratio  p95 ratio",
);
for (const { path, bytes, portal, bare } of rows) {
  console.log(
    `${path.padEnd(18)} ${fmt(bytes / 1024).padStart(8)} | ${fmt(portal.requestsPerSecond).padStart(12)} ${fmt(portal.p95).padStart(7)} | ` +
      `${fmt(bare.requestsPerSecond).padStart(10)} ${fmt(bare.p95).padStart(7)} | ` +
      `${fmt(portal.requestsPerSecond / bare.requestsPerSecond, 3).padStart(11)} ${fmt(portal.p95 / bare.p95, 1).padStart(10)}`,
  );
  if (portal.errors || portal.non2xx)
    console.log(`  ! ${portal.errors} errors, ${portal.non2xx} non-2xx answers`);
}
console.log("req/s ratio = portal / bare server (1.0 is the limit); p95 ratio = portal p95 / bare p95.");
console.log(
  "Pages are served from Next's page cache once rendered (docs/decisions/0004-public-pages-are-cached.md).",
);
renders.sort((a, b) => a - b);
console.log(
  `\nRendering on a cache miss (first request of ${renders.length} section pages, 7 locales): ` +
    `p50 ${fmt(percentile(renders, 50))} ms, p95 ${fmt(percentile(renders, 95))} ms, max ${fmt(renders.at(-1) ?? NaN)} ms\n`,
);
await mkdir("bench-results", { recursive: true });
await writeFile(`bench-results/plan-page-${Date.now()}.json`, JSON.stringify({ rows, renders }, null, 2));
process.exit(0);
