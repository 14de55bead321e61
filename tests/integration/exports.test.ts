// Lists downloaded as files (lib/exports): a project's status updates (round trip through the
// import), the audit trail and the accounts. Typed cells, headers in the reader's language,
// formula-like text neutralised, every matching row (not one page), and nothing the reader may not see.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { auditTable } from "@/lib/audit/export";
import { dashboardTable } from "@/lib/dashboard/export";
import { createPrismaClient } from "@/lib/db/create-client";
import { PUBLIC } from "@/lib/reads/define";
import { tableCsv, tableWorkbook } from "@/lib/exports/table-file";
import type { ListTable } from "@/lib/exports/route";
import { projectUpdatesRoute } from "@/lib/imports/update-export";
import { editionProjectsTable } from "@/lib/reports/edition-export";
import { publishEdition } from "@/lib/reports/edition-mutations";
import { userTable } from "@/lib/users/export";
import { createActor, createTestUser } from "../support/actors";
import { importFile } from "../support/imports";
import { linkProject } from "../support/plans";
import { createTestProject, createTestUpdate } from "../support/projects";
import { createTestPeriod, issueTestEdition, run } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function sheetOf(body: ReadableStream<Uint8Array> | null): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await new Response(body).arrayBuffer());
  return book.worksheets[0]!;
}

/** The file's lines; it must start with UTF-8's byte-order mark (which decoding removes). */
async function csvOf(table: ListTable) {
  const bytes = Buffer.from(await new Response(tableCsv(table.columns, table.rows)).arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString("utf8").split("\r\n");
}

const publicUpdates = (format: "xlsx" | "csv", code: string, lng = "en") =>
  projectUpdatesRoute(format, "public")(
    new Request(`http://portal.test/${lng}/projects/${code}/updates.${format}`),
    {
      params: Promise.resolve({ lng, code }),
    },
  );

describe("status updates as a file", () => {
  it("gives a published project's updates, keyed so that the file edited and imported corrects them", async () => {
    const project = await createTestProject(db, "TH");
    const first = await createTestUpdate(db, project.code);
    await createTestUpdate(db, project.code);
    const response = await publicUpdates("xlsx", project.code);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(`filename="${project.code}-updates-\\d{4}-\\d{2}-\\d{2}\\.xlsx"`),
    );
    const sheet = await sheetOf(response.body);
    expect(sheet.rowCount).toBe(3);
    expect(String(sheet.getCell("B1").value)).toContain("[reportedOn]");
    expect(sheet.getCell("B2").value).toBeInstanceOf(Date);
    expect(sheet.getCell("C2").value).toBe(first.id);

    // One cell changed in a spreadsheet program, then imported: exactly that update is corrected.
    const progress = sheet.getRow(1).values as unknown[];
    sheet.getCell(
      2,
      progress.findIndex((cell) => String(cell).includes("[progress]")),
    ).value = 77;
    const file = new File([new Uint8Array(await sheet.workbook.xlsx.writeBuffer())], "edited.xlsx");
    const actor = await createActor(db, { role: "secretariat", countryCode: "TH" });
    const checked = await importFile(db, actor, file);
    expect(checked.ok && checked.data.sheets.updates).toMatchObject({ updated: 1, unchanged: 1, created: 0 });
    expect(await importFile(db, actor, file, "import")).toMatchObject({
      ok: true,
      data: { state: "imported" },
    });
    expect(await db.statusUpdate.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      progress: 77,
    });
  });

  it("is not found for an unpublished project on the public address", async () => {
    const hidden = await createTestProject(db, "VN", { published: false });
    await createTestUpdate(db, hidden.code);
    expect((await publicUpdates("csv", hidden.code)).status).toBe(404);
  });
});

describe("audit trail and accounts as files", () => {
  it("holds every matching audit entry, newest first, with typed times and neutralised text", async () => {
    const admin = await createActor(db, { role: "admin" });
    const marker = randomUUID().slice(0, 8);
    await db.auditEvent.createMany({
      data: Array.from({ length: 1_205 }, (_, index) => ({
        actorEmail: `=${marker}@evil.invalid`,
        action: "tests.export",
        entityType: "Test",
        entityId: marker,
        changes: { index: { before: null, after: index } },
      })),
    });
    const filter = { action: "tests.export", actor: marker };
    expect((await auditTable(admin, filter, "th")).columns[1]!.header).toBe("เวลา (UTC)");
    const rows = await csvOf(await auditTable(admin, filter, "en"));
    expect(rows[0]).toBe("#,Time (UTC),By,Role,Country,Action,Record,Changes,Address");
    const data = rows.slice(1).filter(Boolean);
    expect(data).toHaveLength(1_205);
    expect(data[0]).toContain(`'=${marker}@evil.invalid`);
    expect(data[0]).toContain('""after"":1204');

    const table = await auditTable(admin, filter, "en");
    const sheet = await sheetOf(tableWorkbook("audit", table.columns, "en", table.rows));
    expect(sheet.getCell("B2").value).toBeInstanceOf(Date);
  });

  it("lists accounts with the list's filters, translated, and never a secret", async () => {
    const admin = await createActor(db, { role: "admin" });
    const name = `=HYPERLINK("http://evil.invalid") ${randomUUID().slice(0, 6)}`;
    const created = await createTestUser(db, { role: "secretariat", countryCode: "KH" });
    const user = await db.user.update({ where: { id: created.id }, data: { name } });
    const table = await userTable(admin, { country: "KH", role: "secretariat" }, "km");
    const lines = await csvOf(table);
    const line = lines.find((entry) => entry.includes(user.email))!;
    expect(line).toContain(`'=HYPERLINK`);
    expect(line).toContain("KH");
    expect(lines.join("\n")).not.toMatch(/\$argon2|\$2[aby]\$/);
    expect(
      lines
        .slice(1)
        .filter(Boolean)
        .every((entry) => entry.includes(",KH,")),
    ).toBe(true);
  });
});

describe("dashboard tables as a file", () => {
  it("holds a row per bar of each chart, numbers as numbers, counted for the reader's audience", async () => {
    await createTestProject(db, "MM", { published: false });
    const staff = await createActor(db, { role: "viewer" });
    const publicTable = (await dashboardTable(PUBLIC, {}, "th"))!;
    const sheet = await sheetOf(tableWorkbook("dashboard", publicTable.columns, "th", publicTable.rows));
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => number > 1 && rows.push((row.values as unknown[]).slice(1)));
    expect(rows.map((row) => row[1])).toEqual(expect.arrayContaining(["ongoing", "MM", "water-resources"]));
    expect(rows.find((row) => row[1] === "MM")![2]).toBe("เมียนมา");
    expect(rows.every((row) => typeof row[3] === "number")).toBe(true);

    const count = async (viewer: typeof PUBLIC, query: Record<string, string>) => {
      const lines = await csvOf((await dashboardTable(viewer, query, "en"))!);
      return lines.slice(1).filter(Boolean).length;
    };
    expect(await count(PUBLIC, { country: "MM" })).toBeGreaterThan(0);
    const statusRows = async (viewer: typeof PUBLIC) => {
      const table = (await dashboardTable(viewer, {}, "en"))!;
      let total = 0;
      for await (const batch of table.rows)
        for (const row of batch) if (row.chart === "Projects by status") total += Number(row.projects);
      return total;
    };
    expect(await statusRows(staff)).toBeGreaterThan(await statusRows(PUBLIC));
  });
});

describe("report editions as files", () => {
  it("gives a published edition's projects as frozen, without unpublished ones for the public", async () => {
    const period = await createTestPeriod(db);
    const shown = await createTestProject(db, "LA");
    const hidden = await createTestProject(db, "LA", { published: false });
    for (const project of [shown, hidden]) await linkProject(db, project.code, period.plan.paragraphIds[0]!);
    const number = await issueTestEdition(db, period);
    const params = { lng: "en", number: String(number) };
    expect(await editionProjectsTable(PUBLIC, {}, "en", params)).toBeNull();

    const staff = await createActor(db, { role: "viewer" });
    const codesOf = async (viewer: typeof PUBLIC) => {
      const lines = await csvOf((await editionProjectsTable(viewer, {}, "en", params))!);
      return lines
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(",")[0]);
    };
    expect(await codesOf(staff)).toEqual([shown.code, hidden.code].sort());
    await run(db, publishEdition, { number });
    // The project's later change does not reach the edition's file.
    await db.project.update({ where: { id: shown.id }, data: { progress: 99 } });
    expect(await codesOf(PUBLIC)).toEqual([shown.code]);
    const table = (await editionProjectsTable(PUBLIC, {}, "en", params))!;
    const sheet = await sheetOf(tableWorkbook("projects", table.columns, "en", table.rows));
    const frozen = await db.editionProject.findFirstOrThrow({ where: { code: shown.code } });
    expect(sheet.getCell("J2").value).toBe(frozen.progress);
    expect(frozen.progress).not.toBe(99);
    expect(typeof sheet.getCell("K2").value).toBe("number");
  });
});
