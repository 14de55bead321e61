import { expect, test } from "./support";

const FONTS = {
  km: "Noto Sans Khmer",
  lo: "Noto Sans Lao",
  my: "Noto Sans Myanmar",
  th: "Noto Sans Thai",
  zh: "Noto Sans SC",
} as const;
const PAGES = ["", "/plan", "/plan/4-2-6", "/priority-areas", "/meetings"];

test.describe("on a 360 px wide phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const [lng, family] of Object.entries(FONTS)) {
    test(`${lng} text is set in ${family} from this server and nothing overflows`, async ({ page }) => {
      for (const path of PAGES) {
        await page.goto(`/${lng}${path}`);
        await page.evaluate(() => document.fonts.ready);
        const loaded = await page.evaluate(
          (name) =>
            [...document.fonts].some(
              (face) => face.family.replaceAll('"', "") === name && face.status === "loaded",
            ),
          family,
        );
        expect(loaded, `${family} loaded on /${lng}${path}`).toBe(true);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal overflow on /${lng}${path}`).toBeLessThanOrEqual(0);
      }
    });
  }
});

test("public plan pages ship little JavaScript and no chart library", async ({ page }) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") {
      scripts.push({ url: response.url(), bytes: (await response.body()).length });
    }
  });
  await page.goto("/en/plan", { waitUntil: "networkidle" });
  const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
  expect(scripts.some((script) => /recharts|d3-/.test(script.url))).toBe(false);
  expect(total, `${scripts.length} scripts`).toBeLessThan(700_000);
});
