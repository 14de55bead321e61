import { expect, test } from "./support";

test.describe("choosing the language", () => {
  test.use({ locale: "th-TH" });

  test("/ goes to the browser's language", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/th$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "th");
  });

  test("switching language keeps the page and the paragraph, and history works", async ({ page }) => {
    await page.goto("/th/plan/4-2-5#p-4.2.5-3");
    await page.locator("summary").filter({ hasText: "ไทย" }).click();
    await page.getByTestId("switch-vi").click();
    await expect(page).toHaveURL(/\/vi\/plan\/4-2-5#p-4\.2\.5-3$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.locator("#p-4\\.2\\.5-3")).toContainText("Lan Thương");

    await page.goBack();
    await expect(page).toHaveURL(/\/th\/plan\/4-2-5#p-4\.2\.5-3$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "th");
  });

  test("the last language read wins over the browser's on the next visit to /", async ({ page }) => {
    await page.goto("/km/plan");
    // The page itself is the same for every reader (no cookie); the browser remembers it has read it.
    await expect
      .poll(async () => (await page.context().cookies()).find((cookie) => cookie.name === "lng")?.value)
      .toBe("km");
    await page.goto("/");
    await expect(page).toHaveURL(/\/km$/);
  });

  test("a path without a locale keeps its page", async ({ page }) => {
    await page.goto("/plan/4-2-1");
    await expect(page).toHaveURL(/\/th\/plan\/4-2-1$/);
  });
});
