// A Thai secretariat brings two projects in from a spreadsheet: template in Thai, a dry run that
// rejects one row and says why, the fix, the import, and the projects on the public list.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { signIn } from "./auth-support";
import { expect, seriousAxeFindings, test } from "./support";

test("a Thai secretariat imports two projects after a dry run that rejected one row", async ({ page }) => {
  await signIn(page, "secretariat.th@demo.lmc.invalid", { lng: "th" });
  await page.goto("/th/staff/import");
  expect(await seriousAxeFindings(page)).toEqual([]);

  const template = await page.request.get("/th/staff/import/template.xlsx");
  expect(template.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await template.body()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as string[]).slice(1);
  expect(header).toContain("รหัสโครงการ [code]");
  expect(book.worksheets.map((each) => each.name)).toContain("สถานะ");

  const marker = randomUUID().slice(0, 8);
  const column = (key: string) => header.findIndex((cell) => cell.endsWith(`[${key}]`)) + 1;
  const fill = (row: number, cells: Record<string, string | number>) => {
    for (const [key, value] of Object.entries(cells)) sheet.getRow(row).getCell(column(key)).value = value;
  };
  const project = (title: string) => ({
    "title.th": title,
    "summary.th": "นำเข้าจากสเปรดชีต",
    leadCountry: "TH",
    pillar: "social-cultural-people-to-people",
    status: "approved",
    progress: 0,
    approvalYear: 2025,
    // Cited: a project implementing the plan counts on its dashboard.
    paragraphs: "4.2.5-3",
    published: "yes",
  });
  fill(2, project(`โครงการนำเข้า ${marker} หนึ่ง`));
  fill(3, { ...project(`โครงการนำเข้า ${marker} สอง`), areas: "no-such-area" });
  const upload = async () => {
    const buffer = Buffer.from(await book.xlsx.writeBuffer());
    await page
      .locator("#import-file")
      .setInputFiles({ name: "projects.xlsx", mimeType: "application/octet-stream", buffer });
    await page.getByRole("button", { name: "ตรวจสอบไฟล์" }).click();
  };

  // The dashboard's figures are cached: after the import, the job has them rendered afresh.
  const thaiProjectsOnDashboard = async () => {
    await page.goto("/en/dashboard?country=TH");
    const shown = await page.locator('[data-figure="projects"] dd').first().textContent();
    return Number(shown!.replace(/\D/g, ""));
  };
  const before = await thaiProjectsOnDashboard();
  await page.goto("/th/staff/import");

  await upload();
  await expect(page.getByTestId("count-rejected")).toHaveText("1");
  await expect(page.getByTestId("import-problems")).toContainText("no-such-area");
  await expect(page.getByTestId("import-confirm")).toHaveCount(0);
  expect(await seriousAxeFindings(page)).toEqual([]);

  fill(3, { areas: "" });
  sheet.getRow(3).getCell(column("areas")).value = null;
  await upload();
  await expect(page.getByTestId("count-created")).toHaveText("2");
  await expect(page.getByTestId("import-state")).toHaveAttribute("data-state", "checked");
  await page.getByTestId("import-confirm").click();
  await expect(page.getByTestId("import-state")).toHaveAttribute("data-state", "imported");
  await expect(page.getByTestId("import-history")).toContainText("projects.xlsx");
  expect(await thaiProjectsOnDashboard()).toBe(before + 2);
  // Only the server's own jobs may ask it to revalidate.
  expect((await page.request.post("/api/internal/revalidate")).status()).toBe(404);

  await page.goto(`/th/projects?q=${encodeURIComponent(marker)}`);
  await expect(page.getByTestId("project-list").locator("li")).toHaveCount(2);
});

test("a Lao secretariat on a phone records a status update from the template's sheet and downloads it again", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, "secretariat.la@demo.lmc.invalid", { lng: "lo" });
  await page.goto("/lo/staff/import");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "horizontal overflow on the Lao import page at 360 px").toBeLessThanOrEqual(0);
  expect(await seriousAxeFindings(page)).toEqual([]);

  // A Lao-led project, from the staff list's own download.
  const list = new ExcelJS.Workbook();
  await list.xlsx.load(
    (await (await page.request.get("/lo/staff/projects/export.xlsx?country=LA")).body()) as never,
  );
  const projects = list.worksheets[0]!;
  const keys = (projects.getRow(1).values as string[]).map((cell) => /\[([^\]]+)\]$/.exec(String(cell))?.[1]);
  let code = "";
  projects.eachRow((row, number) => {
    if (number > 1 && !code && row.getCell(keys.indexOf("leadCountry")).value === "LA")
      code = String(row.getCell(keys.indexOf("code")).value);
  });
  expect(code).toMatch(/^LMC-/);

  const template = new ExcelJS.Workbook();
  await template.xlsx.load(
    (await (await page.request.get("/lo/staff/import/template.xlsx")).body()) as never,
  );
  const sheet = template.worksheets.find((each) =>
    (each.getRow(1).values as unknown[]).some((cell) => String(cell).endsWith("[reportedOn]")),
  )!;
  const header = (sheet.getRow(1).values as string[]).slice(1);
  const marker = randomUUID().slice(0, 8);
  const cells: Record<string, string | number | Date> = {
    project: code,
    reportedOn: new Date("2026-09-30"),
    key: marker,
    status: "ongoing",
    progress: 55,
    "narrative.lo": `ສ້າງຂົວສຳເລັດແລ້ວ ${marker}`,
  };
  for (const [key, value] of Object.entries(cells))
    sheet.getRow(2).getCell(header.findIndex((cell) => cell.endsWith(`[${key}]`)) + 1).value = value;
  const buffer = Buffer.from(await template.xlsx.writeBuffer());
  await page
    .locator("#import-file")
    .setInputFiles({ name: "updates.xlsx", mimeType: "application/octet-stream", buffer });
  await page.getByRole("button", { name: "ກວດໄຟລ໌" }).click();
  await expect(page.getByTestId("updates-count-created")).toHaveText("1");
  await page.getByTestId("import-confirm").click();
  await expect(page.getByTestId("import-state")).toHaveAttribute("data-state", "imported");
  expect(await seriousAxeFindings(page)).toEqual([]);

  await page.goto(`/lo/staff/projects/${code}`);
  const link = page.getByTestId("download-links").getByRole("link").first();
  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await (await page.request.get((await link.getAttribute("href"))!)).body()) as never);
  const rows: string[] = [];
  file.worksheets[0]!.eachRow((row) => rows.push(JSON.stringify(row.values)));
  expect(rows.some((row) => row.includes(marker))).toBe(true);
});
