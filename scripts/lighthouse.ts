// `npm run lighthouse`: Lighthouse 12.2.3 (mobile, its default simulated throttling) in Debian's
// Chromium against the production build on a database of its own with the demo data. Prints per
// page the four category scores, LCP, TBT, CLS and the bytes sent (gzip, as transferred), beside
// the issue's targets, and writes the whole reports' figures to bench-results/.
// `npm run lighthouse -- --quick` measures one page (what CI runs); `--pages /en,/th/plan` others.
import { mkdir, writeFile } from "node:fs/promises";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "../lib/briefing/chromium";
import { clusters } from "./db/embedded";
import { createTestDatabase } from "./db/test-database";
import { clearPageCache } from "./page-cache";
import { fmt, requireBuild, startPortal } from "./bench/portal";

const PORT = 3300;
const KB = 1024;

type Page = { path: string; scriptLimitKb: number; fontLimitKb?: number };

/** The pages: the four scored ones, a project page, and every public reading page's script budget. */
function pagesToMeasure(projectPath: string, areaPath: string): Page[] {
  const reading = (path: string): Page => ({ path, scriptLimitKb: 100 });
  return [
    reading("/th/plan"),
    reading("/km/plan/4-2-5"),
    reading("/my/projects"),
    { path: "/en/dashboard", scriptLimitKb: 200 },
    reading(projectPath),
    reading("/en"),
    { ...reading("/zh/plan"), fontLimitKb: 400 },
    reading(areaPath),
    reading("/lo/meetings"),
    reading("/vi/translation-status"),
  ];
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** A project and a priority area as the demo data has them: the first of each list. */
async function firstLink(origin: string, listPath: string, prefix: string): Promise<string> {
  const html = await (await fetch(`${origin}${listPath}`)).text();
  const match = new RegExp(`href="(${prefix}/[^"?#]+)"`).exec(html);
  if (!match) throw new Error(`No link under ${prefix} on ${listPath}`);
  return match[1]!;
}

type Row = {
  path: string;
  scores: Record<string, number>;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: Record<string, number>;
  scriptLimitKb: number;
  fontLimitKb?: number;
};

function summarize(path: string, page: Page, lhr: Awaited<ReturnType<typeof lighthouse>>): Row {
  const report = lhr!.lhr;
  if (report.runtimeError)
    console.log(`  ${path}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  for (const warning of report.runWarnings) console.log(`  ${path}: ${warning}`);
  const scores = Object.fromEntries(
    Object.entries(report.categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
  );
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const items = (
    report.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] }
  )?.items;
  const bytes = Object.fromEntries((items ?? []).map((item) => [item.resourceType, item.transferSize]));
  for (const [id, category] of Object.entries(report.categories)) {
    if ((category.score ?? 0) >= 1) continue;
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 0.9)
      .map((ref) => ref.id);
    if (failing.length) console.log(`  ${path} ${id}: ${failing.join(", ")}`);
  }
  const shifts = (
    report.audits["layout-shifts"]?.details as {
      items?: { node?: { snippet?: string; selector?: string }; score: number }[];
    }
  )?.items;
  for (const shift of (shifts ?? []).slice(0, 3)) {
    console.log(
      `  ${path} layout shift ${fmt(shift.score, 3)}: ${shift.node?.selector} ${shift.node?.snippet?.slice(0, 120)}`,
    );
  }
  return {
    path,
    scores,
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    bytes,
    scriptLimitKb: page.scriptLimitKb,
    fontLimitKb: page.fontLimitKb,
  };
}

requireBuild();
clearPageCache();
const chromePath = findChromium();
if (!chromePath) throw new Error("Lighthouse needs Chromium: sudo apt-get install -y chromium");
const database = await createTestDatabase(clusters.bench, "lighthouse");
const app = await startPortal(database.url, PORT);
const rows: Row[] = [];
try {
  const projectPath = await firstLink(app.origin, "/en/projects", "/en/projects");
  const areaPath = await firstLink(app.origin, "/en/priority-areas", "/en/priority-areas");
  const chosen = option("--pages")?.split(",");
  let pages = pagesToMeasure(projectPath, areaPath);
  if (chosen)
    pages = chosen.map((path) => pages.find((page) => page.path === path) ?? { path, scriptLimitKb: 100 });
  if (process.argv.includes("--quick")) pages = pages.slice(0, 1);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    for (const page of pages) {
      const url = `${app.origin}${page.path}`;
      await (await fetch(url)).arrayBuffer(); // rendered once: Lighthouse measures what readers get, the cache
      // No full-page screenshot: it stretches the viewport to the whole page after the load, which
      // brings in what loads only when scrolled into view (the dashboard's charts) and counts it.
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        disableFullPageScreenshot: true,
      });
      rows.push(summarize(page.path, page, result));
    }
  } finally {
    chrome.kill();
  }
} finally {
  await app.stop();
  await database.dispose();
}

console.log(`\nLighthouse 12.2.3, mobile (simulated throttling), ${new Date().toISOString()}`);
console.log(
  "page                        perf a11y  bp seo |   LCP s   TBT ms    CLS | script KB (limit, ratio) | font KB | doc KB | total KB",
);
for (const row of rows) {
  const { scores, bytes } = row;
  const script = (bytes.script ?? 0) / KB;
  const font = (bytes.font ?? 0) / KB;
  const fontNote = row.fontLimitKb ? ` (/${row.fontLimitKb}=${fmt(font / row.fontLimitKb, 2)})` : "";
  console.log(
    `${row.path.padEnd(27)} ${String(scores.performance).padStart(4)} ${String(scores.accessibility).padStart(4)} ` +
      `${String(scores["best-practices"]).padStart(3)} ${String(scores.seo).padStart(3)} | ` +
      `${fmt(row.lcp / 1000, 2).padStart(7)} ${fmt(row.tbt, 0).padStart(8)} ${fmt(row.cls, 3).padStart(6)} | ` +
      `${fmt(script).padStart(9)} (${row.scriptLimitKb}, ${fmt(script / row.scriptLimitKb, 2)}) | ` +
      `${fmt(font).padStart(7)}${fontNote} | ${fmt((bytes.document ?? 0) / KB).padStart(6)} | ${fmt((bytes.total ?? 0) / KB).padStart(8)}`,
  );
}
console.log("Targets: performance ≥ 95, accessibility, best practices and SEO 100; script ratio ≤ 1.");
await mkdir("bench-results", { recursive: true });
await writeFile(`bench-results/lighthouse-${Date.now()}.json`, JSON.stringify(rows, null, 2));
process.exit(0);
