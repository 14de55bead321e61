// Status updates brought in from spreadsheets written by the tests, through the real mutations and
// database: matched by project, date and key (so a sheet imported twice creates nothing twice),
// corrected only in the cells a row fills, refused per row with the reason, and a workbook with
// both sheets imported all or nothing.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db/create-client";
import type { ImportRunView } from "@/lib/imports/queries";
import { createActor } from "../support/actors";
import { importFile } from "../support/imports";
import { linkProject } from "../support/plans";
import { createTestProject, createTestUpdate } from "../support/projects";
import { createTestPeriod, moveReport } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Cells = Record<string, string | number | Date>;

async function workbook(sheets: Record<string, Cells[]>): Promise<File> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const sheet = book.addWorksheet(name);
    sheet.addRow(keys.map((key) => `Label [${key}]`));
    for (const row of rows) sheet.addRow(keys.map((key) => row[key] ?? null));
  }
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], "updates.xlsx");
}

async function outcome(actor: Actor, file: File, mode: "check" | "import" = "check"): Promise<ImportRunView> {
  const result = await importFile(db, actor, file, mode);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

async function checkedAndImported(actor: Actor, file: File) {
  const checked = await outcome(actor, file);
  const imported = await outcome(actor, file, "import");
  return { checked, imported };
}

const updateRow = (project: string, overrides: Cells = {}): Cells => ({
  project,
  reportedOn: new Date("2024-06-30"),
  key: "2024-H1",
  status: "ongoing",
  progress: 60,
  "narrative.en": "Two of five pumping stations were finished.",
  ...overrides,
});

const updatesOf = (projectId: string) =>
  db.statusUpdate.findMany({
    where: { projectId },
    orderBy: { reportedOn: "asc" },
    include: { narrative: { include: { translations: true } } },
  });

describe("status-update import", () => {
  it("creates updates once: the same sheet imported again leaves everything unchanged", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const project = await createTestProject(db, "TH");
    const file = await workbook({
      Updates: [
        updateRow(project.code),
        updateRow(project.code, {
          reportedOn: "2024-12-31",
          key: "2024-H2",
          progress: 80,
          "narrative.en": "Four stations finished.",
          "narrative.th": "สร้างสถานีสูบน้ำเสร็จสี่แห่ง",
        }),
      ],
    });
    const { checked, imported } = await checkedAndImported(actor, file);
    expect(checked.sheets.updates).toMatchObject({ rows: 2, created: 2, rejected: 0 });
    expect(imported).toMatchObject({ state: "imported", created: 2 });
    const updates = await updatesOf(project.id);
    expect(updates.map((update) => [update.importKey, update.progress])).toEqual([
      ["2024-H1", 60],
      ["2024-H2", 80],
    ]);
    expect(updates[1]!.narrative.translations.map((entry) => [entry.locale, entry.status]).sort()).toEqual([
      ["en", "source"],
      ["th", "draft"],
    ]);
    // The project follows its latest update.
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({ progress: 80 });

    const again = await checkedAndImported(actor, file);
    expect(again.imported.sheets.updates).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await db.statusUpdate.count({ where: { projectId: project.id } })).toBe(2);
  });

  it("corrects a matched update only in the cells the row fills; an update's id finds it whatever the date", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const project = await createTestProject(db, "TH");
    const written = await createTestUpdate(db, project.code);
    const file = await workbook({
      Updates: [{ project: project.code, reportedOn: "2023-05-15", key: written.id, progress: 65 }],
    });
    const { checked } = await checkedAndImported(actor, file);
    expect(checked.sheets.updates).toMatchObject({ updated: 1, created: 0 });
    const [update] = await updatesOf(project.id);
    expect(update).toMatchObject({ id: written.id, progress: 65, status: "ongoing", version: 2 });
    expect(update!.reportedOn.toISOString().slice(0, 10)).toBe("2023-05-15");
    expect(update!.narrative.translations[0]!.value).toBe("Work continued as planned.");
    const audit = await db.auditEvent.findMany({ where: { entityId: written.id, action: "updates.edit" } });
    expect(audit).toHaveLength(1);
  });

  it("rejects rows with the reason and writes nothing, for the file as a whole", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const own = await createTestProject(db, "TH");
    const other = await createTestProject(db, "VN");
    const stale = await createTestUpdate(db, own.code);
    await db.statusUpdate.update({ where: { id: stale.id }, data: { version: { increment: 1 } } });
    const marker = `upd${randomUUID().slice(0, 8)}`;
    const file = await workbook({
      Updates: [
        updateRow(own.code, { "narrative.en": `Fine ${marker}` }),
        updateRow(other.code, { key: "x1" }),
        updateRow("LMC-1999-TH-999", { key: "x2" }),
        updateRow(own.code, { key: "x3", progress: 140 }),
        updateRow(own.code, { key: "x4", reportedOn: "soon" }),
        updateRow(own.code, { key: "x5", status: "paused" }),
        updateRow(own.code, { key: "x6", "narrative.en": "", "narrative.my": "ျမန္မာ သတင္း" }),
        { project: own.code, reportedOn: "2023-05-01", key: stale.id, version: 1, progress: 70 },
      ],
    });
    const before = await db.statusUpdate.count();
    const checked = await outcome(actor, file);
    expect(checked.sheets.updates).toMatchObject({ rows: 8, created: 1, rejected: 7 });
    const reasons = checked.problems.map((problem) => [problem.row, problem.column, problem.key]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        [3, "project", "imports:row.otherCountry"],
        [4, "project", "imports:row.unknownProject"],
        [5, "progress", "staff:validation.numberAtMost"],
        [6, "reportedOn", "imports:cell.notADate"],
        [7, "status", "imports:cell.unknownValue"],
        [8, "narrative.my", "staff:validation.zawgyi"],
        [9, "version", "imports:row.changedSinceExport"],
      ]),
    );
    expect(checked.problems.every((problem) => problem.sheet === "updates")).toBe(true);
    const refused = await importFile(db, actor, file, "import");
    expect(refused.ok && refused.data).toMatchObject({ state: "checked", mode: "import" });
    expect(await db.statusUpdate.count()).toBe(before);
    expect(await db.textTranslation.count({ where: { value: `Fine ${marker}` } })).toBe(0);
  });

  it("refuses in the dry run, without writing, exactly what the import's writes refuse", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const project = await createTestProject(db, "TH");
    const exported = await createTestUpdate(db, project.code);
    const period = await createTestPeriod(db);
    const locked = await createTestProject(db, "TH", { paragraphs: [] });
    await linkProject(db, locked.code, period.plan.paragraphIds[0]!);
    await moveReport(db, await period.reportId("TH"), "approved");
    const marker = `same${randomUUID().slice(0, 8)}`;
    const file = await workbook({
      Updates: [
        updateRow(project.code, { key: marker, "narrative.en": `First ${marker}` }),
        // The same project, date and key again: corrects what the row above created, then nothing.
        updateRow(project.code, { key: marker, progress: 65, "narrative.th": "แปลแล้ว" }),
        updateRow(project.code, { key: marker, progress: 65, "narrative.th": "แปลแล้ว" }),
        updateRow(project.code, { key: `${marker}-vi`, "narrative.vi": "Đã dịch" }),
        updateRow(project.code, { key: `${marker}-ms`, "milestones.th": "หลักไมล์" }),
        updateRow(locked.code, { key: marker, reportedOn: `${period.year}-06-30` }),
        // An exported update twice, found by its id: the second copy names a version now past.
        { project: project.code, reportedOn: "2023-05-01", key: exported.id, version: 1, progress: 70 },
        { project: project.code, reportedOn: "2023-05-01", key: exported.id, version: 1, progress: 75 },
      ],
    });
    const checked = await outcome(actor, file);
    expect(checked.sheets.updates).toMatchObject({
      rows: 8,
      created: 1,
      updated: 2,
      unchanged: 1,
      rejected: 4,
    });
    expect(checked.problems.map((problem) => [problem.row, problem.column, problem.key])).toEqual([
      [5, "narrative.vi", "imports:row.noTranslationRight"],
      [6, "milestones.th", "imports:row.originalFirst"],
      [7, "reportedOn", "staff:errors.locked"],
      [9, "version", "imports:row.changedSinceExport"],
    ]);
    expect(await db.textTranslation.count({ where: { value: `First ${marker}` } })).toBe(0);

    // The import tries every row through the writes themselves, and comes to the same verdicts.
    const imported = await outcome(actor, file, "import");
    expect(imported).toMatchObject({ state: "checked", created: 1, updated: 2, unchanged: 1, rejected: 4 });
    expect(imported.problems).toEqual(checked.problems);
    expect(await db.textTranslation.count({ where: { value: `First ${marker}` } })).toBe(0);
  });

  it("rejects a row key longer than 100 characters with the reason, not the whole file", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const project = await createTestProject(db, "TH");
    const file = await workbook({
      Updates: [
        updateRow(project.code, { key: "k".repeat(5_000) }),
        updateRow(project.code, { key: "short" }),
      ],
    });
    const checked = await outcome(actor, file);
    expect(checked.sheets.updates).toMatchObject({ rows: 2, created: 1, rejected: 1 });
    expect(checked.problems[0]).toMatchObject({ row: 2, column: "key", key: "staff:validation.tooLong" });
  });

  it("lets coordinators import for every country", async () => {
    const coordinator = await createActor(db, { role: "coordinator" });
    const vietnamese = await createTestProject(db, "VN");
    const cambodian = await createTestProject(db, "KH");
    const marker = `coord${randomUUID().slice(0, 8)}`;
    const file = await workbook({
      Projects: [{ code: cambodian.code, version: cambodian.version, progress: 45 }],
      Updates: [updateRow(vietnamese.code, { key: marker })],
    });
    const { imported } = await checkedAndImported(coordinator, file);
    expect(imported).toMatchObject({ state: "imported", updated: 1, created: 1, rejected: 0 });
    expect(await db.statusUpdate.count({ where: { importKey: marker } })).toBe(1);
  });

  it("imports a workbook with both sheets all or nothing, projects first", async () => {
    const actor = await createActor(db, { role: "secretariat", countryCode: "LA" });
    const project = await createTestProject(db, "LA");
    const marker = `both${randomUUID().slice(0, 8)}`;
    const projects = [{ code: project.code, version: project.version, "title.en": `Renamed ${marker}` }];
    const good = await workbook({
      Projects: projects,
      Updates: [updateRow(project.code, { key: marker })],
    });
    const { checked, imported } = await checkedAndImported(actor, good);
    expect(checked.sheets).toMatchObject({ projects: { updated: 1 }, updates: { created: 1 } });
    expect(imported).toMatchObject({ state: "imported", rows: 2, updated: 1, created: 1 });
    const run = await db.importRun.findUniqueOrThrow({ where: { id: imported.id } });
    expect(run.kind).toBe("projectsAndUpdates");

    // A rejected update row keeps the projects sheet's changes out as well.
    const current = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    const bad = await workbook({
      Projects: [{ code: project.code, version: current.version, "title.en": `Again ${marker}` }],
      Updates: [updateRow(project.code, { key: `${marker}-2`, progress: "lots" })],
    });
    const refused = await checkedAndImported(actor, bad);
    expect(refused.imported).toMatchObject({ state: "checked", rejected: 1 });
    expect(await db.textTranslation.count({ where: { value: `Again ${marker}` } })).toBe(0);
  });
});
