import AxeBuilder from "@axe-core/playwright";
import { expect, locales, test } from "./support";

const PAGES = ["", "/plan", "/plan/4-2-5"];

for (const lng of locales) {
  for (const path of PAGES) {
    test(`no serious or critical axe findings on /${lng}${path}`, async ({ page }) => {
      await page.goto(`/${lng}${path}`);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const blocking = results.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(", ")})`,
        );
      expect(blocking).toEqual([]);
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
