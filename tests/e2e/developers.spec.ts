import { expect, locales, seriousAxeFindings, test, ui } from "./support";

test("every page's footer leads to the developers' page, which works without any script", async ({
  page,
}) => {
  await page.goto("/th/plan");
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: ui("th", "common").footer.developers })
    .click();
  await expect(page).toHaveURL(/\/th\/developers$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui("th", "api").developers.title);
  // The reference is the document's: every operation of /api/v1/openapi.json has its heading.
  const document = await (await page.request.get("/api/v1/openapi.json")).json();
  for (const path of Object.keys(document.paths)) {
    await expect(
      page.getByRole("heading", { level: 3, name: `GET /api/v1${path}`, exact: true }),
    ).toBeVisible();
  }
  // English descriptions on a Thai page say they are English.
  await expect(
    page.locator("main").getByText("Published projects, in the order of their last change", { exact: true }),
  ).toHaveAttribute("lang", "en");
});

test("the reference's form sends a real request and shows the real answer", async ({ page }) => {
  await page.goto("/en/developers");
  const form = page.locator('form[action="/api/v1/projects"]');
  await form.getByLabel("country").fill("TH");
  await form.getByLabel("limit").fill("3");
  await form.getByRole("button", { name: ui("en", "api").developers.send }).click();
  await expect(page).toHaveURL(/\/api\/v1\/projects\?.*country=TH/);
  const body = JSON.parse((await page.locator("body").textContent()) ?? "{}");
  expect(body.data.length).toBeLessThanOrEqual(3);
  expect(body.data.every((project: { countries: string[] }) => project.countries.includes("TH"))).toBe(true);
});

test("every example address on the page answers with real data", async ({ page }) => {
  await page.goto("/vi/developers");
  const addresses = await page
    .locator('main a[href^="/api/v1/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  // One per operation of the reference, plus the guide's own.
  expect(addresses.length).toBeGreaterThan(15);
  for (const address of addresses) {
    const response = await page.request.get(address);
    expect(response.status(), address).toBe(200);
    expect((await response.body()).length, address).toBeGreaterThan(0);
  }
});

for (const lng of locales) {
  test(`no serious or critical axe findings on /${lng}/developers`, async ({ page }) => {
    await page.goto(`/${lng}/developers`);
    expect(await seriousAxeFindings(page)).toEqual([]);
  });
}
