// Controls speak the page's language, not the browser's: a Thai secretariat adding an update sees
// the file button and the date hint in Thai (with the Buddhist-era year beside the one typed).
import { signIn } from "./auth-support";
import { expect, test } from "./support";

test.use({ locale: "en-US" });

test("the file button, the chosen files and the date hint are in the page's language", async ({ page }) => {
  await signIn(page, "secretariat.th@demo.lmc.invalid", { lng: "th" });
  await page.goto("/th/staff/projects?country=TH");
  const href = await page
    .locator("main li a[href*='/staff/projects/LMC-'][href*='-TH-']")
    .first()
    .getAttribute("href");
  await page.goto(`${href}/updates/new`);

  await expect(page.locator("label[for]").filter({ hasText: "เลือกไฟล์" })).toBeVisible();
  await expect(page.getByTestId("files-chosen")).toHaveText("ยังไม่ได้เลือกไฟล์");
  await page
    .locator("input[type=file]")
    .setInputFiles({ name: "รายงาน.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") });
  await expect(page.getByTestId("files-chosen")).toHaveText("รายงาน.pdf");

  const date = page.locator("input[name=reportedOn]");
  await expect(date).toHaveAttribute("type", "text");
  // The hint shows the example as typed and as a Thai reader counts the year.
  const hint = page.getByText("2024-03-15", { exact: false }).first();
  await expect(hint).toContainText("2567");
});
