import Papa from "papaparse";
import { signIn } from "./auth-support";
import { expect, seriousAxeFindings, test } from "./support";

const CHINESE = "举办澜湄合作青年创新创业大赛，支持六国青年交流合作。";
const THAI = "จัดการแข่งขันนวัตกรรมและการเป็นผู้ประกอบการของเยาวชนแม่โขง-ล้านช้าง";

test("a paragraph added in Chinese is translated and reviewed in Thai; Khmer readers see the fallback; a reworded source makes it stale", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const newPage = async () => (await browser.newContext()).newPage();

  const admin = await newPage();
  await signIn(admin, "admin@demo.lmc.invalid", { totp: true });
  await admin.goto("/en/staff/plan/2018-2022/4-2-7");
  await admin.getByLabel("Text of the new paragraph").fill(CHINESE);
  await admin.getByRole("button", { name: "Add a paragraph" }).click();
  await admin.waitForURL(/#p-4\.2\.7-\d+$/);
  const citation = decodeURIComponent(admin.url().split("#p-").pop()!);
  const anchor = `#p-${citation.replaceAll(".", "\\.")}`;
  await expect(admin.locator(`li${anchor}`).getByRole("textbox")).toHaveValue(CHINESE);
  expect(await seriousAxeFindings(admin)).toEqual([]);

  const thai = await newPage();
  await signIn(thai, "secretariat.th@demo.lmc.invalid", { lng: "th" });
  await thai.goto("/th/staff/translations/th?scope=4.2.7&state=missing");
  await thai
    .getByTestId("workspace")
    .getByRole("link", { name: `¶ ${citation}` })
    .click();
  await expect(thai.getByTestId("source-text")).toHaveText(CHINESE);
  await thai.getByLabel("คำแปล", { exact: true }).fill(THAI);
  await thai.getByRole("button", { name: "บันทึกและทำเครื่องหมายว่าตรวจทานแล้ว" }).click();
  await thai.waitForURL(/\/th\/staff\/translations\/th\?scope=4\.2\.7/);

  const reader = await newPage();
  await reader.goto("/th/plan/4-2-7");
  const thaiParagraph = reader.locator(anchor);
  await expect(thaiParagraph).toContainText(THAI);
  await expect(thaiParagraph.getByTestId("translation-draft")).toHaveCount(0);
  await expect(thaiParagraph.getByTestId("translation-missing")).toHaveCount(0);

  await reader.goto("/km/plan/4-2-7");
  const khmerParagraph = reader.locator(anchor);
  await expect(khmerParagraph).toContainText(CHINESE);
  await expect(khmerParagraph.getByTestId("translation-missing")).toBeVisible();

  // The administrator rewords the Chinese source: the Thai translation goes stale, for readers and translators.
  await admin.goto(`/en/staff/plan/2018-2022/4-2-7`);
  const editor = admin.locator(`li${anchor}`);
  await editor.getByRole("textbox").fill(CHINESE.replace("青年", "妇女和青年"));
  // A successful save shows the page afresh (router refresh, no reload): wait for the action's answer.
  await Promise.all([
    admin.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().includes("/staff/plan/"),
    ),
    editor.getByRole("button", { name: "Save the original" }).click(),
  ]);
  await expect(admin.getByTestId("form-error")).toHaveCount(0);
  await expect(admin.locator(`li${anchor}`).getByRole("textbox")).toHaveValue(/妇女和青年/);
  await reader.goto("/th/plan/4-2-7");
  await expect(reader.locator(anchor).getByTestId("translation-stale")).toBeVisible();
  await thai.goto("/th/staff/translations/th?scope=4.2.7&state=stale");
  await thai
    .getByTestId("workspace")
    .getByRole("link", { name: `¶ ${citation}` })
    .click();
  await expect(thai.getByTestId("source-diff").locator("ins")).toContainText("妇女");
  expect(await seriousAxeFindings(thai)).toEqual([]);
});

test("Burmese typed in Zawgyi is caught and converted to Unicode before it is saved", async ({ page }) => {
  await signIn(page, "secretariat.mm@demo.lmc.invalid", { lng: "my" });
  await page.goto("/my/staff/translations/my?scope=glossary&state=all");
  await page.getByTestId("workspace").getByRole("link", { name: /river/ }).click();
  const zawgyi = "ႏိုင္ငံေတာ္၏အတုိင္ပင္ခံပုဂၢိဳလ္ ေဒၚေအာင္ဆန္းစုၾကည္သည္";
  await page.locator("#translation-value").fill(zawgyi);
  await page.getByRole("button", { name: "မူကြမ်းအဖြစ် သိမ်းရန်" }).click();
  await expect(page.getByTestId("zawgyi")).toBeVisible();
  await page.getByRole("button", { name: "Unicode စာသားကို သုံးရန်" }).click();
  await expect(page.locator("#translation-value")).toHaveValue(/နိုင်ငံတော်/);
  await page.getByRole("button", { name: "မူကြမ်းအဖြစ် သိမ်းရန်" }).click();
  await page.waitForURL(/\/my\/staff\/translations\/my\?/);
});

test("translators and readers see the desk in their language, without serious accessibility findings", async ({
  page,
}) => {
  await page.goto("/vi/translation-status");
  await expect(page.getByTestId("coverage-paragraph-zh")).toContainText("100");
  expect(await seriousAxeFindings(page)).toEqual([]);
  await signIn(page, "secretariat.vn@demo.lmc.invalid", { lng: "vi" });
  await page.goto("/vi/staff/translations");
  await expect(page.getByTestId("my-locales")).toContainText("Tiếng Việt");
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.goto("/vi/staff/translations/vi?scope=4.2&state=draft");
  await expect(page.getByTestId("workspace")).toBeVisible();
  expect(await seriousAxeFindings(page)).toEqual([]);
  // Another country's language is refused, whatever the address says.
  const refused = await page.goto("/vi/staff/translations/th");
  expect(refused?.status()).toBe(403);
  expect((await page.request.get("/vi/staff/translations/th/export.csv")).status()).toBe(403);
});

test("a translator works offline: downloads a section's texts as CSV, fills one in and imports it", async ({
  page,
}) => {
  await signIn(page, "secretariat.vn@demo.lmc.invalid", { lng: "vi" });
  await page.goto("/vi/staff/translations/vi?scope=4.2.1&state=all");
  const download = await page.request.get((await page.getByTestId("export-link").getAttribute("href"))!);
  expect(download.headers()["content-type"]).toContain("text/csv");
  const rows = Papa.parse<Record<string, string>>((await download.text()).replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.length).toBeGreaterThan(1);
  const target = rows.find((row) => row.field?.startsWith("paragraph"))!;
  target.translation = `${target.translation} (bản dịch đã hiệu đính)`;
  await page
    .locator("#exchange-file")
    .setInputFiles({ name: "vi.csv", mimeType: "text/csv", buffer: Buffer.from(Papa.unparse(rows)) });
  await page.getByRole("button", { name: "Nhập", exact: true }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Đã lưu: 1.");
  await page.goto("/vi/plan/4-2-1");
  await expect(page.locator("main")).toContainText("(bản dịch đã hiệu đính)");
});
