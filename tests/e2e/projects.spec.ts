import { writeFileSync } from "node:fs";
import { signIn } from "./auth-support";
import { expect, expectKeptInFrontCache, seriousAxeFindings, test } from "./support";

test("a secretariat officer logs an update with an attachment; it shows on the public project page and in the commitment's roll-up", async ({
  page,
}, testInfo) => {
  await page.goto("/en/plan/4-1-1");
  await expect(page.locator("#p-4\\.1\\.1-3").getByTestId("rollup-none")).toBeVisible();

  await signIn(page, "secretariat.th@demo.lmc.invalid");
  await page.goto("/en/staff/projects/new");
  await page.locator("input[name=title]").fill("Leaders' hotline secretariat support (e2e)");
  await page
    .locator("textarea[name=summary]")
    .fill("Support for the communication between the leaders' offices.");
  await page.locator("select[name=pillar]").selectOption("political-security");
  await page.locator("summary", { hasText: "4.1.1" }).click();
  await page.getByLabel(/¶ 4\.1\.1-3/).check();
  await page.locator("select[name=status]").selectOption("approved");
  await page.locator("input[name='funding.0.amount']").fill("120000");
  await page.locator("input[name=published]").check();
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/en\/staff\/projects\/LMC-\d{4}-TH-\d{3}$/);
  const code = page.url().split("/").pop()!;

  await page.getByRole("link", { name: "Add a status update" }).click();
  await page.locator("select[name=status]").selectOption("ongoing");
  await page.locator("input[name=progress]").fill("35");
  const markup = `<img src=x onerror="window.injected=1"><script>window.injected=2</script>`;
  await page
    .locator("textarea[name=narrative]")
    .fill(`The hotline equipment was installed and tested. ${markup}`);
  const pdf = testInfo.outputPath("installation-report.pdf");
  writeFileSync(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
  await page.locator("input[type=file]").setInputFiles(pdf);
  await page.getByRole("button", { name: "Save status update" }).click();
  await page.waitForURL(new RegExp(`/en/staff/projects/${code}$`));

  await page.goto(`/en/projects/${code}`);
  await expect(page.getByTestId("timeline")).toContainText("The hotline equipment was installed and tested.");
  await expect(page.getByTestId("timeline")).toContainText("Demo Secretariat Thailand");
  // Markup in a narrative is shown as the text it is, never run.
  await expect(page.getByTestId("timeline")).toContainText(markup);
  expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
  const download = page.getByTestId("attachments").getByRole("link", { name: "installation-report.pdf" });
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");

  await page.goto("/en/plan/4-1-1");
  const rollup = page.locator("#p-4\\.1\\.1-3").getByTestId("rollup");
  await expect(rollup).toContainText("1 project");
  await expect(rollup).toContainText("1 Ongoing");
  await expect(rollup.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "35");
});

test("a Thai search finds a Thai-titled project", async ({ page }) => {
  await page.goto("/th/projects");
  await page.getByRole("searchbox").fill("หมู่บ้านชายแดน");
  await page.getByRole("button", { name: "ใช้ตัวกรอง" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId("project-list")).toContainText("อินเทอร์เน็ตความเร็วสูงสำหรับหมู่บ้านชายแดน");
  await expect(page.getByTestId("project-list").locator("li").first()).toContainText("หมู่บ้านชายแดน");
});

test("search understands each script: results ranked, terms marked, and projects found through what the query names", async ({
  page,
}) => {
  // Thai "water": the Thai-titled water projects first (the word marked), then those titled in
  // English, found through the priority area the word names.
  await page.goto(`/th/projects?q=${encodeURIComponent("น้ำ")}`);
  const list = page.getByTestId("project-list");
  await expect(list.locator("li").first().locator("mark")).toHaveText("น้ำ");
  await expect(list.getByTestId("named-match").first()).toBeVisible();
  expect(await list.locator("li").count()).toBeGreaterThanOrEqual(15);
  // Burmese "water" is a word of its own: every result has it marked, or was found through its area.
  await page.goto(`/my/projects?q=${encodeURIComponent("ရေ")}`);
  for (const item of await list.locator("li").all())
    expect(
      (await item.locator("mark").count()) + (await item.getByTestId("named-match").count()),
    ).toBeGreaterThan(0);
  await expect(list.locator("mark").first()).toHaveText("ရေ");
});

test("the list keeps its filters in the address and pages through the results", async ({ page }) => {
  await page.goto("/en/projects?status=completed&sort=code");
  await expect(page.locator("select[name=status]")).toHaveValue("completed");
  const first = await page.getByTestId("project-list").locator("li").first().textContent();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/status=completed/);
  await expect(page).toHaveURL(/page=2/);
  expect(await page.getByTestId("project-list").locator("li").first().textContent()).not.toBe(first);
  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
});

test("a Thai secretariat officer cannot open or submit the edit form of a Vietnamese project", async ({
  page,
}) => {
  await signIn(page, "secretariat.th@demo.lmc.invalid", { lng: "th" });
  await page.goto("/th/staff/projects?country=VN");
  const vietnamese = page.getByTestId("project-list").getByRole("link").first();
  await vietnamese.click();
  await expect(page.getByRole("link", { name: "แก้ไขโครงการ" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "เพิ่มรายงานความคืบหน้า" })).toHaveCount(0);
  const code = page.url().split("/").pop();
  for (const path of [`/th/staff/projects/${code}/edit`, `/th/staff/projects/${code}/updates/new`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("project-form")).toHaveCount(0);
    await expect(page.getByTestId("update-form")).toHaveCount(0);
  }
});

test("two officers editing the same project: the second save gets a conflict, not an overwrite", async ({
  browser,
}) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signIn(first, "secretariat.vn@demo.lmc.invalid");
  await signIn(second, "secretariat.vn@demo.lmc.invalid");
  await first.goto("/en/staff/projects?country=VN&sort=code");
  // A project Viet Nam leads (the country filter also lists projects it only takes part in).
  const path = await first
    .getByTestId("project-list")
    .locator("a[href*='-VN-']")
    .first()
    .getAttribute("href");
  await first.goto(`${path}/edit`);
  await second.goto(`${path}/edit`);
  await first.locator("input[name=contactName]").fill("First officer");
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByTestId("form-success")).toBeVisible();
  await second.locator("input[name=contactName]").fill("Second officer");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByTestId("form-error")).toContainText("Someone else saved this record");
  await expect(second.getByTestId("conflict")).toContainText("First officer");
});

test("project pages and forms have no serious accessibility findings", async ({ page }) => {
  for (const path of [
    "/en/projects",
    "/km/projects",
    "/en/plan/4-2-5",
    "/th/priority-areas/water-resources",
  ]) {
    await page.goto(path);
    expect(await seriousAxeFindings(page)).toEqual([]);
  }
  await page.goto("/en/projects");
  await page.getByTestId("project-list").getByRole("link").first().click();
  expect(await seriousAxeFindings(page)).toEqual([]);
  await signIn(page, "secretariat.th@demo.lmc.invalid");
  await page.goto("/en/staff/projects/new");
  expect(await seriousAxeFindings(page)).toEqual([]);
});

test("Burmese typed in Zawgyi in a project or an update is offered as Unicode, and the progress rule is said where progress is entered and read", async ({
  page,
}) => {
  const zawgyi = "ႏိုင္ငံေတာ္၏အတုိင္ပင္ခံပုဂၢိဳလ္ ေဒၚေအာင္ဆန္းစုၾကည္သည္";
  await signIn(page, "secretariat.mm@demo.lmc.invalid");
  await page.goto("/en/staff/projects/new");
  await page.locator("select[name=locale]").selectOption("my");
  await page.locator("input[name=title]").fill(zawgyi);
  await page.locator("textarea[name=summary]").fill("ရေအရင်းအမြစ် ပူးပေါင်းဆောင်ရွက်မှု စမ်းသပ်စီမံကိန်း");
  await page.locator("select[name=pillar]").selectOption("political-security");
  await page.locator("summary", { hasText: "4.1.1" }).click();
  await page.getByLabel(/¶ 4\.1\.1-3/).check();
  await page.locator("input[name='funding.0.amount']").fill("50000");
  await expect(page.getByText("Applies until the first status update").first()).toBeVisible();
  await page.getByRole("button", { name: "Create project" }).click();
  const offer = page.getByTestId("zawgyi");
  await expect(offer).toContainText("နိုင်ငံတော်");
  await offer.getByRole("button", { name: "Use the Unicode text" }).click();
  await expect(page.locator("input[name=title]")).toHaveValue(/နိုင်ငံတော်/);
  await page.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/en\/staff\/projects\/LMC-\d{4}-MM-\d{3}$/);
  const code = page.url().split("/").pop()!;

  await page.getByRole("link", { name: "Add a status update" }).click();
  await expect(
    page.getByText("The project shows the status and progress of its most recent update"),
  ).toBeVisible();
  await page.locator("select[name=locale]").selectOption("my");
  await page.locator("select[name=status]").selectOption("ongoing");
  await page.locator("input[name=progress]").fill("40");
  await page.locator("textarea[name=narrative]").fill(zawgyi);
  await page.getByRole("button", { name: "Save status update" }).click();
  await expect(page.getByTestId("zawgyi")).toBeVisible();
  // The writer knows better than the detector: the text is kept exactly as typed.
  await page.getByRole("button", { name: "My text is already Unicode: keep it as typed" }).click();
  await expect(page.getByTestId("zawgyi")).toHaveCount(0);
  await page.getByRole("button", { name: "Save status update" }).click();
  await page.waitForURL(new RegExp(`/en/staff/projects/${code}$`));

  // The staff page of the (unpublished) project says where its progress comes from.
  await expect(page.getByTestId("progress-rule")).toContainText("as of the latest status update");
  await page.goto(`/en/staff/projects/${code}/edit`);
  const followed = page.getByTestId("followed-value");
  await expect(followed.first()).toHaveText("Ongoing");
  await expect(followed.last()).toHaveText("40%");
  await expect(page.getByText(/Set by the latest status update/).first()).toBeVisible();
});

test("a list's filters, order and page make a cached page; a search is kept once asked for again", async ({
  request,
}) => {
  const address = "/en/projects?status=ongoing&country=TH&page=1";
  await expectKeptInFrontCache(request, address);
  // The route behind it answers only to the canonical name of the list's query.
  expect((await request.get("/en/projects/for/country=TH&status=ongoing")).status()).toBe(200);
  expect((await request.get("/en/projects/for/status=ongoing&country=TH")).status()).toBe(404);

  // A search asked for once is rendered and not kept; asked for again within the minute, it is.
  // Unseen by other tests: the address carries an unused parameter of its own.
  const search = `/en/projects?q=water&country=TH&seen=${Date.now()}`;
  const first = await request.get(search);
  expect(first.headers()["x-lmc-front-cache"]).toBeUndefined();
  expect(first.headers()["cache-control"]).toContain("no-store");
  expect(await first.text()).toContain('value="water"');
  await expectKeptInFrontCache(request, search);
  const kept = await request.get(search);
  expect(kept.headers()["cache-control"]).toContain("no-store");
  expect(await kept.text()).toContain('value="water"');
});
