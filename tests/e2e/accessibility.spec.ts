import { expect, locales, seriousAxeFindings, test } from "./support";

const PAGES = ["", "/plan", "/plan/4-2-5"];

for (const lng of locales) {
  for (const path of PAGES) {
    test(`no serious or critical axe findings on /${lng}${path}`, async ({ page }) => {
      await page.goto(`/${lng}${path}`);
      expect(await seriousAxeFindings(page)).toEqual([]);
    });
  }
}

test("the skip link leads to the main content", async ({ page }) => {
  await page.goto("/en/plan");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
