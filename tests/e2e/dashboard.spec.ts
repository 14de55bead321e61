import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { signIn } from "./auth-support";
import { expect, test } from "./support";

const figure = (page: Page, key: string) =>
  page.getByTestId("key-figures").locator(`[data-figure=${key}] dd`).first();

test("the dashboard draws its charts, keeps a table under each, and drills down to the projects", async ({
  page,
}) => {
  await page.goto("/en/dashboard");
  await expect(page.locator("[data-chart] svg.recharts-surface").first()).toBeVisible();
  expect(await page.locator("[data-chart]").count()).toBe(
    await page.locator("[data-chart]:has(svg.recharts-surface)").count(),
  );
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
    await expect(page.locator("[data-chart] svg").first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${path} ${v.id}: ${v.nodes.map((node) => node.target).join(", ")}`),
    ).toEqual([]);
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
  await expect(page.getByTestId("figure-trend").locator(".recharts-legend-item-text")).toHaveText([
    "Proposed",
    "Approved",
    "Ongoing",
    "Completed",
    "Suspended",
    "Cancelled",
  ]);
});
