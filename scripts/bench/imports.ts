// `npm run bench`, part six: spreadsheets at scale (10,000 projects, 200,000 updates by default).
// A 1,000-row projects workbook and a 5,000-row status-updates workbook checked (dry run) and
// imported, a dry run of 1,000 existing projects changed in one cell, and the XLSX export of every project, in the process that serves them: seconds and
// the growth of the process's memory.
// Prints ratios against the limits of issue 14 (dry run < 5 s; export < 10 s, RSS growth < 200 MB).
import { mkdir, writeFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import type { Actor } from "../../lib/auth/permissions";
import { createPrismaClient } from "../../lib/db/create-client";
import { seedScale } from "../../prisma/seed/scale";
import { clusters } from "../db/embedded";
import { createTestDatabase } from "../db/test-database";
import { fmt } from "./portal";

const scale = {
  projects: Number(process.env.BENCH_PROJECTS ?? 10_000),
  updates: Number(process.env.BENCH_UPDATES ?? 200_000),
};
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000);
const UPDATE_ROWS = Number(process.env.BENCH_IMPORT_UPDATE_ROWS ?? 5_000);
const MiB = 1024 * 1024;

const database = await createTestDatabase(clusters.bench, "benchimports");
const owner = createPrismaClient(database.ownerUrl);
const db = createPrismaClient(database.url);
(globalThis as { lmcDb?: unknown }).lmcDb = db;
// Queued and tried by the import job's code, as the portal does (tests/support/imports.ts).
const { importFile } = await import("../../tests/support/imports");
const { projectWorkbook } = await import("../../lib/imports/project-export");
const { projectFilterSchema } = await import("../../lib/projects/filters");

/** Runs `work`, sampling the process's resident memory every 50 ms. */
async function timed<T>(work: () => Promise<T>) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const result = await work();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, seconds: (performance.now() - started) / 1000, growthMiB: (peak - before) / MiB };
}

async function projectsWorkbook(rows: number): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Projects");
  const keys = [
    "title.en",
    "summary.en",
    "leadCountry",
    "pillar",
    "areas",
    "status",
    "progress",
    "approvalYear",
  ];
  keys.push("plannedStart", "funding.source", "funding.currency", "funding.amount", "published");
  sheet.addRow(keys.map((key) => `[${key}]`));
  for (let row = 0; row < rows; row++)
    sheet.addRow([
      `Bench import ${randomUUID()}`,
      "A project brought in by the bench.",
      "TH",
      "economic-sustainable-development",
      "water-resources",
      "approved",
      0,
      2025,
      new Date("2025-01-15"),
      "lmc_special_fund",
      "USD",
      100_000 + row,
      "yes",
    ]);
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], "bench.xlsx");
}

/** A changed contact for each of `codes`: an edited export's rows, matched by code. */
async function changedProjectsWorkbook(codes: string[]): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Projects");
  sheet.addRow(["[code]", "[contactName]"]);
  codes.forEach((code, row) => sheet.addRow([code, `Contact ${row}`]));
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], "bench-changed.xlsx");
}

/** One new status update for each of `codes`, keyed so that a second import would change nothing. */
async function updatesWorkbook(codes: string[]): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Status updates");
  const keys = ["project", "reportedOn", "key", "status", "progress", "narrative.en"];
  sheet.addRow(keys.map((key) => `[${key}]`));
  codes.forEach((code, row) =>
    sheet.addRow([code, new Date("2026-06-30"), `bench-${row}`, "ongoing", 50, "Work went on as planned."]),
  );
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], "bench-updates.xlsx");
}

const results: { name: string; seconds: number; growthMiB: number; limit?: number; note: string }[] = [];
try {
  await seedScale(owner, scale);
  const user = await db.user.create({
    data: {
      email: `bench.${randomUUID().slice(0, 8)}@bench.lmc.invalid`,
      name: "Bench admin",
      role: "admin",
      locale: "en",
      totpEnabledAt: new Date(),
    },
  });
  const actor: Actor = {
    userId: user.id,
    sessionId: randomUUID(),
    email: user.email,
    name: user.name,
    role: "admin",
    countryCode: null,
    locale: "en",
    twoFactorEnabled: true,
  };
  const exported = await timed(async () => {
    const stream = await projectWorkbook(actor, projectFilterSchema.parse({}), "en");
    const reader = stream.getReader();
    let bytes = 0;
    for (let part = await reader.read(); !part.done; part = await reader.read())
      bytes += part.value.byteLength;
    return bytes;
  });
  results.push({
    name: `XLSX export, ${scale.projects} projects`,
    ...exported,
    limit: 10,
    note: `${fmt(exported.result / 1e6)} MB (RSS growth limit 200 MB: ${fmt(exported.growthMiB / 200, 2)})`,
  });
  const file = await projectsWorkbook(ROWS);
  const check = await timed(() => importFile(db, actor, file));
  results.push({
    name: `dry run, ${ROWS} rows`,
    ...check,
    limit: 5,
    note: JSON.stringify(summary(check.result)),
  });
  const run = await timed(() => importFile(db, actor, file, "import"));
  results.push({ name: `import, ${ROWS} rows`, ...run, note: JSON.stringify(summary(run.result)) });
  const changed = await db.project.findMany({
    select: { code: true },
    orderBy: { code: "desc" },
    take: ROWS,
  });
  const edited = await changedProjectsWorkbook(changed.map((project) => project.code));
  const changedCheck = await timed(() => importFile(db, actor, edited));
  results.push({
    name: `dry run, ${changed.length} changed rows`,
    ...changedCheck,
    limit: 5,
    note: JSON.stringify(summary(changedCheck.result)),
  });
  const codes = await db.project.findMany({
    select: { code: true },
    orderBy: { code: "asc" },
    take: UPDATE_ROWS,
  });
  const updates = await updatesWorkbook(codes.map((project) => project.code));
  const updateCheck = await timed(() => importFile(db, actor, updates));
  results.push({
    name: `dry run, ${codes.length} update rows`,
    ...updateCheck,
    note: JSON.stringify(summary(updateCheck.result)),
  });
  const updateRun = await timed(() => importFile(db, actor, updates, "import"));
  results.push({
    name: `import, ${codes.length} update rows`,
    ...updateRun,
    note: JSON.stringify(summary(updateRun.result)),
  });
} finally {
  await db.$disconnect();
  await owner.$disconnect();
  await database.dispose();
}

function summary(result: { ok: boolean } & Record<string, unknown>) {
  if (!result.ok) return result;
  const { rows, created, updated, rejected, state } = result.data as Record<string, unknown>;
  return { state, rows, created, updated, rejected };
}

console.log(
  `\nSpreadsheets at scale: ${scale.projects} projects, ${scale.updates} updates, ${new Date().toISOString()}`,
);
console.log("case                              | seconds | ratio to limit | RSS growth MiB | result");
for (const row of results)
  console.log(
    `${row.name.padEnd(33)} | ${fmt(row.seconds, 2).padStart(7)} | ${(row.limit ? fmt(row.seconds / row.limit, 2) : "-").padStart(14)} | ${fmt(row.growthMiB, 0).padStart(14)} | ${row.note}`,
  );
await mkdir("bench-results", { recursive: true });
await writeFile(`bench-results/imports-${Date.now()}.json`, JSON.stringify({ scale, results }, null, 2));
process.exit(0);
