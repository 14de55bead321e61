import { expect, languageTag, locales, publicRoutes, test } from "./support";

for (const lng of locales) {
  test.describe(`public pages in ${lng}`, () => {
    for (const route of publicRoutes(lng)) {
      test(`${route.path} answers 200 in ${lng} with its heading`, async ({ page }) => {
        const response = await page.goto(route.path);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", languageTag[lng]);
        await expect(page.getByRole("heading", { level: 1 })).toContainText(route.heading);
      });
    }
  });
}

test("a paragraph's citation id is shown and works as an anchor", async ({ page }) => {
  await page.goto("/en/plan/4-2-5#p-4.2.5-3");
  const paragraph = page.locator("#p-4\\.2\\.5-3");
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toContainText("4.2.5-3");
  await expect(paragraph).toContainText("joint research on Lancang-Mekong water resources");
  await expect(paragraph.getByRole("link", { name: "Link to paragraph 4.2.5-3" })).toHaveAttribute(
    "href",
    "/en/plan/4-2-5#p-4.2.5-3",
  );
});

test("the plan shows that its text ends inside 4.2.7, without invented sections", async ({ page }) => {
  await page.goto("/th/plan");
  await expect(page.getByTestId("text-ends-note")).toHaveCount(1);
  await expect(
    page.locator('section[aria-labelledby="s-4.2.7"]').getByTestId("text-ends-note"),
  ).toBeVisible();
  await expect(page.locator("[id^='s-4.2.8'], [id^='s-4.3'], [id^='s-5']")).toHaveCount(0);
  await page.goto("/th/plan/4-2-8");
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("draft translations and untranslated texts are labelled in the reader's language", async ({ page }) => {
  await page.goto("/km/plan/4-2-5");
  await expect(page.getByTestId("translation-notice")).toBeVisible();
  await expect(page.getByTestId("translation-draft").first()).toHaveText("សេចក្តីព្រាងការបកប្រែ");
  await page.goto("/zh/plan/4-2-5");
  await expect(page.getByTestId("translation-draft")).toHaveCount(0);
  await page.goto("/th/meetings");
  await expect(page.getByTestId("translation-notice")).toContainText("ยังไม่ได้แปลเป็นภาษาไทย");
  await expect(page.locator("main [lang=en]").first()).toBeVisible();
});

test("unknown pages get the locale's own 404", async ({ page }) => {
  const cases = [
    ["/th/no-such-page", "ไม่พบหน้าที่ต้องการ"],
    ["/vi/plan/9-9", "Không tìm thấy trang"],
    ["/zh/priority-areas/nothing", "未找到页面"],
  ] as const;
  for (const [path, title] of cases) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  }
});

test("public pages allow exactly their own inline scripts: Next or the reading script runs, an injected script does not", async ({
  page,
  context,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const { path } of [
    ...publicRoutes("en"),
    ...publicRoutes("my").slice(0, 3),
    { path: "/th/projects" },
  ]) {
    const response = await page.goto(path);
    const scriptSrc = /script-src ([^;]*)/.exec(response!.headers()["content-security-policy"] ?? "")?.[1];
    expect(scriptSrc, path).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    if (/\/(dashboard|reports)/.test(path)) {
      // Hydrated: Next's inline bootstrap ran under the policy.
      await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
    } else {
      // A reading page, sent without React: its one inline script ran and remembered the language.
      await context.clearCookies();
      await page.reload();
      await expect
        .poll(async () => (await context.cookies()).find((cookie) => cookie.name === "lng")?.value, {
          message: path,
        })
        .toBe(path.split("/")[1]);
    }
  }
  const injected = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as { __injected?: boolean }).__injected ?? false;
  });
  expect(injected).toBe(false);
  // The one refusal the browser reports is the injected script's.
  expect(violations).toHaveLength(1);
});
