// Projects brought in from spreadsheets written by the tests (ExcelJS, papaparse), through the real
// mutations and database: the dry run writes nothing, every rejection says where and why, an import
// is all or nothing, and an exported list edited in three cells changes exactly those three values.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db/create-client";
import type { ImportRunView } from "@/lib/imports/queries";
import { projectCsv, projectWorkbook } from "@/lib/imports/project-export";
import { projectFilterSchema } from "@/lib/projects/filters";
import { PUBLIC } from "@/lib/reads/define";
import { createActor } from "../support/actors";
import { importFile } from "../support/imports";
import { createTestProject, createTestUpdate } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Cells = Record<string, string | number | Date | { formula: string }>;

async function workbook(
  rows: Cells[],
  keys = [...new Set(rows.flatMap((row) => Object.keys(row)))],
): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Projects");
  sheet.addRow(keys.map((key) => `Label [${key}]`));
  for (const row of rows) sheet.addRow(keys.map((key) => row[key] ?? null));
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], "projects.xlsx");
}

const run = (actor: Actor, file: File, mode: "check" | "import" = "check") =>
  importFile(db, actor, file, mode);

async function outcome(actor: Actor, file: File, mode: "check" | "import" = "check"): Promise<ImportRunView> {
  const result = await run(actor, file, mode);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

const newRow = (marker: string, overrides: Cells = {}): Cells => ({
  "title.en": `Imported ${marker} ${randomUUID().slice(0, 6)}`,
  "summary.en": "Brought in from a spreadsheet.",
  leadCountry: "TH",
  pillar: "economic-sustainable-development",
  areas: "water-resources",
  status: "approved",
  progress: 10,
  approvalYear: 2024,
  plannedStart: new Date("2024-02-01"),
  "funding.source": "lmc_special_fund",
  "funding.currency": "USD",
  "funding.amount": 250000,
  published: "yes",
  ...overrides,
});

const byTitle = (marker: string) => db.project.count({ where: { searchText: { contains: marker } } });

async function streamed(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("project import", () => {
  it("checks a file without writing anything, saying for each rejected row where and why", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const marker = `dry${randomUUID().slice(0, 8)}`;
    const file = await workbook([
      newRow(marker),
      newRow(marker, { areas: "no-such-area" }),
      newRow(marker, { progress: 101 }),
      newRow(marker, { plannedStart: "next spring" }),
      newRow(marker, { leadCountry: "VN" }),
      newRow(marker, { "title.my": "ျမန္မာ စီမံကိန္း" }),
      newRow(marker, { progress: { formula: "A1+1" } }),
    ]);
    const before = await db.project.count();
    const result = await outcome(actor, file);
    expect(result).toMatchObject({ state: "checked", rows: 7, created: 1, rejected: 6 });
    const reasons = Object.fromEntries(result.problems.map((problem) => [problem.row, problem]));
    expect(reasons[3]).toMatchObject({
      column: "areas",
      value: "no-such-area",
      key: "imports:cell.unknownValue",
    });
    expect(reasons[4]).toMatchObject({ column: "progress", key: "staff:validation.numberAtMost" });
    expect(reasons[5]).toMatchObject({ column: "plannedStart", key: "imports:cell.notADate" });
    expect(reasons[6]).toMatchObject({ column: "leadCountry", key: "imports:row.otherCountry" });
    expect(reasons[7]).toMatchObject({ column: "title.my", key: "staff:validation.zawgyi" });
    expect(reasons[8]).toMatchObject({ column: "progress", key: "imports:cell.formula" });
    expect(await db.project.count()).toBe(before);
    const recorded = await db.importRun.findUniqueOrThrow({ where: { id: result.id } });
    expect(recorded).toMatchObject({
      state: "checked",
      rows: 7,
      created: 1,
      rejected: 6,
      userEmail: actor.email,
    });
  });

  it("refuses in the dry run, without writing, exactly what the import's writes refuse", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const [reported, moved, unknownArea, translated, edited] = await Promise.all(
      Array.from({ length: 5 }, () => createTestProject(db, "TH")),
    );
    await createTestUpdate(db, reported!.code);
    const marker = `same${randomUUID().slice(0, 8)}`;
    const file = await workbook([
      newRow(marker),
      newRow(marker, { "title.vi": "Dự án mới" }),
      { code: reported!.code, progress: 70 },
      { code: moved!.code, leadCountry: "VN", countries: "TH, VN" },
      { code: unknownArea!.code, areas: "no-such-area" },
      { code: translated!.code, "title.vi": "Bản dịch" },
      { code: edited!.code, contactName: `Checked ${marker}` },
      // The same project again: a row starts from what the rows above left.
      { code: edited!.code, contactName: `Checked ${marker}` },
      { code: edited!.code, version: edited!.version, contactName: `Again ${marker}` },
    ]);
    const checked = await outcome(actor, file);
    expect(checked).toMatchObject({ state: "checked", created: 1, updated: 1, unchanged: 1, rejected: 6 });
    expect(checked.problems.map((problem) => [problem.row, problem.column, problem.key])).toEqual([
      [3, "title.vi", "imports:row.noTranslationRight"],
      [4, "progress", "staff:validation.followsLatestUpdate"],
      [5, "leadCountry", "imports:row.otherCountry"],
      [6, "areas", "imports:cell.unknownValue"],
      [7, "title.vi", "imports:row.noTranslationRight"],
      [10, "version", "imports:row.changedSinceExport"],
    ]);
    expect(await byTitle(marker)).toBe(0);

    // The import tries every row through the writes themselves, and comes to the same verdicts.
    const imported = await outcome(actor, file, "import");
    expect(imported).toMatchObject({ state: "checked", created: 1, updated: 1, unchanged: 1, rejected: 6 });
    expect(imported.problems).toEqual(checked.problems);
    expect(await byTitle(marker)).toBe(0);
    expect((await db.project.findUniqueOrThrow({ where: { id: edited!.id } })).contactName).toBe("");
  });

  it("imports only the file a dry run checked, all rows in one transaction", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const marker = `all${randomUUID().slice(0, 8)}`;
    const file = await workbook([newRow(marker), newRow(marker, { "title.th": `ไทย ${marker}` })]);
    expect(await run(actor, file, "import")).toMatchObject({
      ok: false,
      fieldErrors: { file: [{ key: "imports:file.checkFirst" }] },
    });
    expect(await outcome(actor, file)).toMatchObject({ created: 2, rejected: 0 });
    expect(await byTitle(marker)).toBe(0);
    const imported = await outcome(actor, file, "import");
    expect(imported).toMatchObject({ state: "imported", created: 2 });
    expect(await byTitle(marker)).toBe(2);
    const audit = await db.auditEvent.count({
      where: { action: "projects.create", actorEmail: actor.email },
    });
    expect(audit).toBe(2);
  });

  it("leaves the database as it was when a row fails at import time", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const project = await createTestProject(db, "TH");
    const marker = `roll${randomUUID().slice(0, 8)}`;
    const file = await workbook([
      newRow(marker),
      { code: project.code, version: project.version, contactName: "Changed by the sheet" },
    ]);
    expect(await outcome(actor, file)).toMatchObject({ created: 1, updated: 1, rejected: 0 });
    // Someone saves the project between the dry run and the import.
    await db.project.update({ where: { id: project.id }, data: { version: { increment: 1 } } });
    const result = await outcome(actor, file, "import");
    expect(result).toMatchObject({ state: "checked", rejected: 1 });
    expect(result.problems[0]).toMatchObject({
      row: 3,
      column: "version",
      key: "imports:row.changedSinceExport",
    });
    expect(await byTitle(marker)).toBe(0);
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).contactName).toBe("");
  });

  it("round trip: an exported list edited in three cells changes exactly those values, and again nothing", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const marker = `trip${randomUUID().slice(0, 8)}`;
    const projects = [];
    for (let index = 0; index < 4; index++)
      projects.push(
        await createTestProject(db, "TH", { title: `Round trip ${marker} ${index}`, published: false }),
      );
    const filter = projectFilterSchema.parse({ q: marker });
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(
      (await streamed(await projectWorkbook(actor, filter, "th"))) as unknown as ArrayBuffer,
    );
    const sheet = exported.worksheets[0]!;
    expect(sheet.rowCount).toBe(5);
    const header = (sheet.getRow(1).values as string[]).map((cell) => /\[(.+)\]$/.exec(cell ?? "")?.[1]);
    const column = (key: string) => header.indexOf(key);
    expect(sheet.getRow(2).getCell(column("plannedStart")).value).toBeInstanceOf(Date);
    expect(typeof sheet.getRow(2).getCell(column("funding.amount")).value).toBe("number");
    sheet.getRow(2).getCell(column("contactName")).value = "Khun Somchai";
    sheet.getRow(3).getCell(column("plannedEnd")).value = new Date("2023-06-30");
    sheet.getRow(4).getCell(column("title.th")).value = `ไป-กลับ ${marker}`;
    const file = new File([new Uint8Array(await exported.xlsx.writeBuffer())], "edited.xlsx");

    expect(await outcome(actor, file)).toMatchObject({ rows: 4, updated: 3, unchanged: 1, rejected: 0 });
    expect(await outcome(actor, file, "import")).toMatchObject({
      state: "imported",
      updated: 3,
      unchanged: 1,
    });
    const codes = [2, 3, 4].map((row) => String(sheet.getRow(row).getCell(column("code")).value));
    const after = await db.project.findMany({
      where: { code: { in: codes } },
      orderBy: { code: "asc" },
      include: { title: { select: { translations: { where: { locale: "th" } } } } },
    });
    expect(after[0]!.contactName).toBe("Khun Somchai");
    expect(after[1]!.plannedEnd?.toISOString().slice(0, 10)).toBe("2023-06-30");
    expect(after[2]!.title.translations[0]).toMatchObject({ value: `ไป-กลับ ${marker}`, status: "draft" });
    // The same file again: nothing left to change, whatever versions it names.
    expect(await outcome(actor, file)).toMatchObject({ updated: 0, unchanged: 4, rejected: 0 });
  });

  it("reads a workbook saved by a spreadsheet program: its shared strings, date cells and a formula's saved result", async () => {
    // Made by scripts/fixtures/make-spreadsheet-fixture.sh: written by ExcelJS, saved by LibreOffice Calc.
    const bytes = await readFile(new URL("../fixtures/imports/libreoffice-projects.xlsx", import.meta.url));
    const file = new File([new Uint8Array(bytes)], "libreoffice-projects.xlsx");
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    expect(await outcome(actor, file)).toMatchObject({ created: 2, rejected: 0, problems: [] });
    const imported = await outcome(actor, file, "import");
    expect(imported).toMatchObject({ state: "imported", created: 2 });
    const audit = await db.auditEvent.findMany({
      where: { action: "projects.create", actorId: actor.userId },
      orderBy: { id: "asc" },
    });
    const projects = await db.project.findMany({
      where: { id: { in: audit.map((event) => event.entityId) } },
      include: { funding: true },
      orderBy: { progress: "asc" },
    });
    expect(projects.map((project) => project.progress)).toEqual([10, 25]);
    expect(projects[1]!.plannedStart!.toISOString().slice(0, 10)).toBe("2025-01-15");
    expect(projects[1]!.funding[0]!.amount.toString()).toBe("125000.5");
  });

  it("exports what the reader may see, with formula-like text neutralised", async () => {
    const marker = `vis${randomUUID().slice(0, 8)}`;
    await createTestProject(db, "TH", { title: `=HYPERLINK("x") ${marker}` });
    await createTestProject(db, "TH", { title: `Hidden ${marker}`, published: false });
    const filter = projectFilterSchema.parse({ q: marker });
    const csv = (await streamed(await projectCsv(PUBLIC, filter, "en"))).toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toContain("Hidden");
    const staff = await createActor(db, { role: "viewer" });
    expect((await streamed(await projectCsv(staff, filter, "en"))).toString("utf8")).toContain("Hidden");
  });

  it("refuses files that are not spreadsheets, too large, zip bombs or without the template's header", async () => {
    const actor = await createActor(db, { role: "admin" });
    const refusal = async (file: File) => {
      const result = await run(actor, file);
      return !result.ok ? result.fieldErrors?.file?.[0]?.key : "accepted";
    };
    expect(await refusal(new File([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2])], "old.xls"))).toBe(
      "imports:file.legacyExcel",
    );
    expect(await refusal(new File([Buffer.from([0xff, 0xfe, 0x00, 0x41])], "x.csv"))).toBe(
      "imports:file.notASpreadsheet",
    );
    expect(await refusal(new File(["name,age\nA,1\n"], "people.csv"))).toBe("imports:file.noHeader");
    expect(await refusal(new File([new Uint8Array(11 * 1024 * 1024)], "big.csv"))).toBe(
      "validation.importFileSize",
    );
    const rows = Array.from({ length: 5_001 }, (_, index) => `x${index},TH`).join("\n");
    expect(await refusal(new File([`title.en,leadCountry\n${rows}\n`], "many.csv"))).toBe(
      "imports:file.tooManyRows",
    );
    expect(await refusal(new File([new Uint8Array(await zipBomb())], "bomb.xlsx"))).toBe(
      "imports:file.unreadable",
    );
  });
});

/** A workbook-looking zip whose one part unpacks to 200 MB of zeros (a few hundred kilobytes packed). */
async function zipBomb(): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", "<Types/>");
  zip.file("xl/worksheets/sheet1.xml", new Uint8Array(200 * 1024 * 1024));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}
