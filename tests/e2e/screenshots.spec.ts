import { expect, locales, test } from "./support";

// A full-page picture of the plan in every locale, kept with the test results for review.
for (const lng of locales) {
  test(`screenshot of the plan in ${lng}`, async ({ page }, testInfo) => {
    await page.goto(`/${lng}/plan`);
    await page.evaluate(() => document.fonts.ready);
    const path = testInfo.outputPath(`plan-${lng}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`plan-${lng}`, { path, contentType: "image/png" });
    expect(path).toBeTruthy();
  });
}
