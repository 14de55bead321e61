// The portal on a phone (360 px and its neighbours) in every language: the language menu opens on
// screen, the header takes little of the first screen, lists show their first result and the
// dashboard its figures without scrolling, and numbers never break inside themselves.
import type { Page } from "@playwright/test";
import { signIn } from "./auth-support";
import { expect, languageTag, locales, test } from "./support";

const WIDTHS = [320, 360, 390, 1280];

/** The code of a published demo project (codes are numbered as the seed creates them). */
async function someProjectCode(page: Page): Promise<string> {
  await page.goto("/en/projects?country=LA");
  const href = await page.locator("main li a[href*='/projects/LMC-']").first().getAttribute("href");
  return href!.split("/").pop()!;
}

async function expectOnScreen(page: Page, selector: string, what: string) {
  const width = page.viewportSize()!.width;
  for (const box of await page
    .locator(selector)
    .evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
    )) {
    expect(box.left, what).toBeGreaterThanOrEqual(0);
    expect(box.right, what).toBeLessThanOrEqual(width + 0.5);
  }
}

for (const width of WIDTHS) {
  test(`the language menu opens fully on screen in every language at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    const code = await someProjectCode(page);
    for (const lng of locales) {
      await page.goto(`/${lng}/projects/${code}`);
      const summary = page.locator("header summary");
      // By keyboard: focus the switcher, open it, reach a language.
      await summary.focus();
      await page.keyboard.press("Enter");
      const menu = page.locator("header details ul");
      await expect(menu).toBeVisible();
      await expectOnScreen(page, "header details ul a", `menu in ${lng} at ${width}px`);
      await page.keyboard.press("Tab");
      await expect(page.locator("header details ul a").first()).toBeFocused();
      for (const other of locales)
        await expect(page.getByTestId(`switch-${other}`)).toHaveAttribute("lang", languageTag[other]);
    }
  });
}

test("on a phone the header is two short lines, and its menu opens, leads on and closes with Escape", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lng of ["lo", "my", "km", "vi"] as const) {
    await page.goto(`/${lng}/plan`);
    const header = await page.locator("header").first().boundingBox();
    expect(header!.height, lng).toBeLessThan(130);
  }
  await page.getByTestId("menu-button").click();
  const list = page.locator("#main-nav-list");
  await expect(list).toBeVisible();
  await expect(list.getByRole("link")).toHaveCount(8);
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(page.getByTestId("menu-button")).toBeFocused();
  await page.getByTestId("menu-button").click();
  await list.getByRole("link").nth(3).click();
  await expect(page).toHaveURL(/\/vi\/projects$/);
  await expect(list).toBeHidden();
});

for (const width of [360, 390]) {
  test(`at ${width} px a project list shows its first result, and the dashboard its first figure, in the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const lng of locales) {
      await page.goto(`/${lng}/projects?country=TH`);
      await expect(page.getByTestId("filter-toggle")).toContainText("1");
      const first = await page.locator("main li a[href*='/projects/LMC-']").first().boundingBox();
      expect(first!.y, `first project in ${lng}`).toBeLessThan(740);
      await page.goto(`/${lng}/dashboard`);
      const figure = await page.getByTestId("key-figures").locator("dd").first().boundingBox();
      expect(figure!.y, `first key figure in ${lng}`).toBeLessThan(740);
    }
  });
}

test("the folded filters of a list on a phone still filter", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/projects");
  await page.getByTestId("filter-toggle").click();
  await page.getByLabel("Country").selectOption("KH");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/country=KH/);
});

/** Numbers on the page (runs of digits with their separators) that the layout broke over two lines. */
function brokenNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      // Charts are drawn pictures (hidden from assistive technology); their tables carry the numbers.
      if (node.parentElement?.closest("svg")) continue;
      for (const match of node.data.matchAll(/\d[\d.,:/%]*\d|\d/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
        );
        if (lines.size > 1) broken.push(`${match[0]} in "${node.data.slice(0, 60)}"`);
      }
    }
    return broken;
  });
}

for (const width of [360, 390, 1280]) {
  test(`at ${width} px no number, year or date breaks inside itself, in any language`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    const code = await someProjectCode(page);
    for (const lng of locales)
      for (const path of ["dashboard", "projects", "meetings", `projects/${code}`, "reports/4"]) {
        await page.goto(`/${lng}/${path}`);
        // Folded tables count too: they open on a click.
        await page
          .locator("main details:not([open]) > summary")
          .evaluateAll((summaries) =>
            summaries.forEach((summary) =>
              (summary.parentElement as HTMLDetailsElement).setAttribute("open", ""),
            ),
          );
        expect(await brokenNumbers(page), `/${lng}/${path} at ${width} px`).toEqual([]);
      }
  });
}

test("the map is read as a list on a phone, and its legend numbers its shades", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lng of locales) {
    await page.goto(`/${lng}/dashboard`);
    await expect(page.getByTestId("map-list").locator("li")).toHaveCount(6);
    await expectOnScreen(page, "[data-testid=map-list] li", `map list in ${lng}`);
  }
  // The legend names a shade for each of the six values, never one shade for two different values.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/en/dashboard");
  const legend = page.getByTestId("map-legend");
  await expect(legend).toContainText(/\d/);
});

test("both dashboards lead to the latest briefing pack", async ({ page }) => {
  await page.goto("/en/dashboard");
  const latest = page.getByTestId("latest-briefing");
  await expect(latest.getByRole("link").first()).toHaveAttribute("href", /\/en\/reports\/\d+\/briefing$/);
  await signIn(page, "viewer@demo.lmc.invalid");
  await page.goto("/en/staff/dashboard");
  await expect(page.getByTestId("latest-briefing").getByRole("link").first()).toHaveAttribute(
    "href",
    /\/en\/staff\/reports\/editions\/\d+\/briefing$/,
  );
});

test("search engines find every page in every language: alternates, sitemaps, robots, icons", async ({
  page,
  request,
  baseURL,
}) => {
  const code = await someProjectCode(page);
  await page.goto("/th/plan/4-2-5");
  const alternates = await page
    .locator("link[rel=alternate][hreflang]")
    .evaluateAll((links) => links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")]));
  expect(Object.fromEntries(alternates)).toEqual({
    ...Object.fromEntries(locales.map((lng) => [languageTag[lng], `${baseURL}/${lng}/plan/4-2-5`])),
    "x-default": `${baseURL}/plan/4-2-5`,
  });
  await expect(page.locator("link[rel=canonical]")).toHaveAttribute("href", `${baseURL}/th/plan/4-2-5`);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /th/staff");
  for (const lng of locales) expect(robots).toContain(`Sitemap: ${baseURL}/sitemap/${lng}.xml`);
  const sitemap = await request.get("/sitemap/km.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain(`<loc>${baseURL}/km/plan/4-2-5</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/km/projects/${code}</loc>`);
  expect(xml).toContain(`hreflang="lo" href="${baseURL}/lo/projects/${code}"`);
  expect(xml).not.toContain("/staff");

  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("icon");
  const manifest = await request.get("/manifest.webmanifest");
  expect(await manifest.json()).toMatchObject({ name: "LMC Plan Tracker", start_url: "/" });
});

test("the translation workspace opens on the first queue with work in it", async ({ page }) => {
  await signIn(page, "secretariat.th@demo.lmc.invalid", { lng: "th" });
  await page.goto("/th/staff/translations/th");
  const current = page.locator("main nav a[aria-current=page]");
  await expect(current).not.toContainText("(0)");
});

test("a list marks every title shown in another language, and its notice counts them all", async ({
  page,
}) => {
  await page.goto("/lo/projects?area=water-resources");
  const items = page.getByTestId("project-list").locator("li");
  const fallback = items.filter({ has: page.locator("a [lang]") });
  const count = await fallback.count();
  expect(count).toBeGreaterThan(0);
  await expect(items.getByTestId("language-mark")).toHaveCount(count);
  await expect(fallback.first().getByTestId("language-mark")).toContainText("ພາສາ");
  await expect(page.getByTestId("translation-notice")).toContainText(String(count));
});
