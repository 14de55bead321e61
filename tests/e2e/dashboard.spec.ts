import type { Page } from "@playwright/test";
import { signIn } from "./auth-support";
import { expect, expectKeptInFrontCache, seriousAxeFindings, test } from "./support";

/** Charts are drawn when they come near the screen: scrolls to each and waits for its drawing. */
async function drawAllCharts(page: Page) {
  const charts = page.locator("[data-chart]");
  expect(await charts.count()).toBeGreaterThan(0);
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  }
}

const figure = (page: Page, key: string) =>
  page.getByTestId("key-figures").locator(`[data-figure=${key}] dd`).first();

test("the dashboard draws its charts, keeps a table under each, and drills down to the projects", async ({
  page,
}) => {
  await page.goto("/en/dashboard");
  await drawAllCharts(page);
  const total = Number(await figure(page, "projects").textContent());
  expect(total).toBeGreaterThan(50);

  const statusFigure = page.getByTestId("figure-status");
  await statusFigure.getByText("Show as a table").click();
  const completedRow = statusFigure.getByRole("row", { name: /Completed/ });
  const completed = Number(await completedRow.getByRole("cell").textContent());
  expect(completed).toBe(Number(await figure(page, "completed").textContent()));
  await completedRow.getByRole("link", { name: "Completed" }).click();
  await expect(page).toHaveURL(/\/en\/projects\?status=completed$/);
  await expect(page.getByTestId("project-count")).toHaveText(`${completed} projects`);

  // Filters live in the address; the map is coloured by the chosen measure and links to each country.
  await page.goto("/en/dashboard?country=LA&measure=completion");
  expect(Number(await figure(page, "projects").textContent())).toBeLessThan(total);
  await expect(page.locator("select[name=country]")).toHaveValue("LA");
  await expect(page.getByTestId("country-map")).toContainText("completion rate");
  await expect(page.getByTestId("country-map").locator("a[href*='country=KH']")).toHaveCount(1);
  await expect(page.getByTestId("cadence").locator("tr[data-year='2018']")).toContainText("Held");
});

test("a filtered dashboard is a cached page, one per set of filters however the address writes them", async ({
  request,
}) => {
  const address = "/en/dashboard?year=2020&country=LA&utm_source=mail";
  await expectKeptInFrontCache(request, address);
  // The route behind it answers only to the canonical name of its filters.
  expect((await request.get("/en/dashboard/for/country=LA&year=2020")).status()).toBe(200);
  expect((await request.get("/en/dashboard/for/year=2020&country=LA")).status()).toBe(404);
});

test("officials see unpublished projects on their dashboard, labelled", async ({ page }) => {
  await page.goto("/th/dashboard");
  const published = Number(await figure(page, "projects").textContent());
  await signIn(page, "viewer@demo.lmc.invalid", { lng: "th" });
  await page.goto("/th/staff/dashboard");
  await expect(page.getByTestId("unpublished-note")).toBeVisible();
  expect(Number(await figure(page, "projects").textContent())).toBeGreaterThan(published);
});

test("dashboards have no serious accessibility findings", async ({ page }) => {
  for (const path of [
    "/en/dashboard",
    "/km/dashboard",
    "/my/dashboard?measure=committed",
    "/zh/dashboard?area=water-resources",
  ]) {
    await page.goto(path);
    await drawAllCharts(page);
    expect(await seriousAxeFindings(page)).toEqual([]);
  }
});

test("every figure explains itself, and categories without an order of their own come largest first", async ({
  page,
}) => {
  await page.goto("/en/dashboard");
  // A key figure's definition shows for the keyboard (and the mouse), and all of them in a list.
  const overdue = page.getByTestId("key-figures").locator("[data-figure=overdue]");
  await overdue.getByRole("button", { name: "Overdue" }).focus();
  await expect(overdue.getByRole("tooltip")).toBeVisible();
  await expect(overdue.getByRole("tooltip")).toHaveText(/past their planned end date/);
  await page.getByTestId("figure-definitions").getByText("What the figures count").click();
  await expect(page.getByTestId("figure-definitions")).toContainText("neither completed nor cancelled");

  // Priority areas and countries: largest first, in the chart and in its table.
  for (const id of ["area", "country"]) {
    const figure = page.getByTestId(`figure-${id}`);
    await figure.getByText("Show as a table").click();
    await expect(figure.getByTestId("column-definitions")).toContainText("Average progress");
    const counts = await figure
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((row) => Number(row.querySelector("td")?.textContent)));
    expect(counts.length).toBeGreaterThan(3);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }

  // The yearly chart's legend follows the stack (the lifecycle), not the alphabet.
  await page.getByTestId("figure-trend").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("figure-trend").locator(".recharts-legend-item-text")).toHaveText([
    "Proposed",
    "Approved",
    "Ongoing",
    "Completed",
    "Suspended",
    "Cancelled",
  ]);
});

test("on a phone the dashboard sends its chart library only when a chart comes near the screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const sent: number[] = [];
  page.on("requestfinished", async (request) => {
    if (request.resourceType() === "script") sent.push((await request.sizes()).responseBodySize);
  });
  await page.goto("/en/dashboard", { waitUntil: "networkidle" });
  const kilobytes = () => sent.reduce((sum, bytes) => sum + bytes, 0) / 1024;
  const first = kilobytes();
  // The budget for the dashboard: 200 KB of script (compressed) before anything is drawn.
  expect(first).toBeLessThan(200);
  await expect(page.locator("[data-chart] svg")).toHaveCount(0);
  // The figures are in the page's tables before any chart is drawn.
  await expect(page.getByTestId("figure-status").locator("table")).toBeAttached();
  await drawAllCharts(page);
  expect(kilobytes() - first).toBeGreaterThan(50);
});
