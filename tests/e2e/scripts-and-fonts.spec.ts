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

test("reading pages load no script file and send their text once; the dashboard loads no chart library up front", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(response.url());
  });
  for (const path of ["/en", "/en/plan", "/th/plan/4-2-5", "/my/projects?country=TH", "/lo/meetings"]) {
    const response = await page.goto(path, { waitUntil: "networkidle" });
    const html = await response!.text();
    expect(scripts, path).toEqual([]);
    // No hydration data: the page's text is in the HTML once, not again in a payload.
    expect(html, path).not.toContain("__next_f");
  }
  await page.goto("/en/dashboard", { waitUntil: "networkidle" });
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((url) => /recharts|d3-/.test(url))).toBe(false);
});

test("the Chinese plan downloads its core Chinese face, not the slices, within 400 KB of fonts", async ({
  page,
}) => {
  const fonts: { url: string; bytes: number }[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "font") {
      fonts.push({ url: response.url(), bytes: (await response.body()).length });
    }
  });
  await page.goto("/zh/plan", { waitUntil: "networkidle" });
  await page.evaluate(() => document.fonts.ready);
  const urls = fonts.map((font) => font.url);
  expect(urls.some((url) => url.includes("noto-sans-sc-core-400"))).toBe(true);
  expect(urls.filter((url) => /noto-sans-sc-\d+-/.test(url))).toEqual([]);
  expect(fonts.reduce((sum, font) => sum + font.bytes, 0)).toBeLessThan(400 * 1024);
});
