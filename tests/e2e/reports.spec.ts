import type { Page } from "@playwright/test";
import { signIn } from "./auth-support";
import { expect, seriousAxeFindings, test } from "./support";
import { pdfText } from "../support/pdf-text";

// The demo's 2022 report: Cambodia approved, China and Viet Nam submitted, Laos returned, Myanmar
// drafting, Thailand not started (prisma/seed/demo-reports.ts).

async function submit(page: Page, country: string) {
  await page.goto(`/en/staff/reports/2022/${country}`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("report-state")).toHaveText("Submitted");
}

async function approve(page: Page, country: string) {
  await page.goto(`/en/staff/reports/2022/${country}`);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByTestId("report-state")).toHaveText("Approved");
}

test("the 2022 report: submit, return, resubmit, approve, issue the edition and publish it", async ({
  browser,
  page,
}) => {
  test.setTimeout(360_000);
  // Each officer in a browser context of their own (axe needs pages made from a context).
  const newPage = async () => (await browser.newContext()).newPage();
  const thai = await newPage();
  await signIn(thai, "secretariat.th@demo.lmc.invalid");
  await thai.goto("/en/staff/reports/2022/TH");
  await expect(thai.getByTestId("report-state")).toHaveText("Not started");
  await expect(thai.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await thai
    .getByLabel("Water Resources")
    .fill("Thailand's flood forecasting centre shared daily data with Lao and Cambodian partners.");
  await thai.getByRole("button", { name: "Save the narratives" }).click();
  await expect(thai.getByTestId("report-state")).toHaveText("Drafting");
  await expect(thai.getByLabel("Water Resources")).toHaveValue(/flood forecasting centre/);
  await thai.getByRole("button", { name: "Submit for review" }).click();
  await expect(thai.getByTestId("report-state")).toHaveText("Submitted");
  // Submitted: the narratives are shown, no longer editable.
  await expect(thai.getByTestId("narratives-form")).toHaveCount(0);
  await expect(thai.getByTestId("narratives")).toContainText("flood forecasting centre");

  const coordinator = await newPage();
  await signIn(coordinator, "coordinator@demo.lmc.invalid", { totp: true });
  await coordinator.goto("/en/staff/reports/2022/TH");
  expect(await seriousAxeFindings(coordinator)).toEqual([]);
  await coordinator
    .getByLabel("Comments for the secretariat")
    .fill("Please report the two irrigation projects without an update.");
  await coordinator.getByRole("button", { name: "Return with comments" }).click();
  await expect(coordinator.getByTestId("report-state")).toHaveText("Returned");

  await thai.reload();
  await expect(thai.getByTestId("report-state")).toHaveText("Returned");
  await expect(thai.getByTestId("review-history")).toContainText(
    "Please report the two irrigation projects without an update.",
  );
  await thai.getByRole("button", { name: "Submit for review" }).click();
  await expect(thai.getByTestId("report-state")).toHaveText("Submitted");
  // A secretariat cannot approve its own contribution: the button is not there.
  await expect(thai.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);

  await approve(coordinator, "TH");
  await expect(coordinator.getByTestId("review-history")).toContainText("Approved");

  // Approval locks Thailand's updates up to the cut-off.
  const project = await thai
    .getByTestId("contribution-projects")
    .getByRole("link")
    .first()
    .getAttribute("href");
  await thai.goto(`${project}/updates/new`);
  await thai.locator("input[name=reportedOn]").fill("2022-06-01");
  await thai.locator("input[name=periodYear]").fill("2022");
  await thai.locator("textarea[name=narrative]").fill("A late report for 2022.");
  await thai.getByRole("button", { name: "Save status update" }).click();
  await expect(thai.getByTestId("form-error")).toHaveText(
    "This belongs to a report that has been approved. Ask a coordinator to reopen it first.",
  );

  // The other countries catch up: Laos resubmits, Myanmar submits, the coordinator approves all.
  const lao = await newPage();
  await signIn(lao, "secretariat.la@demo.lmc.invalid");
  await submit(lao, "LA");
  const myanmar = await newPage();
  await signIn(myanmar, "secretariat.mm@demo.lmc.invalid");
  await submit(myanmar, "MM");
  for (const country of ["CN", "LA", "MM", "VN"]) await approve(coordinator, country);

  await coordinator.goto("/en/staff/reports/2022");
  await expect(coordinator.getByTestId("progress").getByTestId("report-state")).toHaveText(
    Array(6).fill("Approved"),
  );
  await coordinator.getByRole("button", { name: "Issue the consolidated report" }).click();
  const edition = coordinator
    .getByTestId("editions")
    .getByRole("link", { name: "Progress report 2022, edition 5" });
  await expect(edition).toBeVisible();
  await edition.click();
  await expect(coordinator.getByTestId("unpublished-edition")).toBeVisible();
  await expect(coordinator.getByTestId("edition-changes")).toBeVisible();
  await coordinator.getByRole("button", { name: "Publish" }).click();
  await expect(coordinator.getByTestId("unpublished-edition")).toHaveCount(0);

  await page.goto("/en/reports");
  await page.getByRole("link", { name: "Progress report 2022, edition 5" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Progress report 2022, edition 5");
  await expect(page.getByTestId("edition")).toContainText("flood forecasting centre");
  await expect(page.getByTestId("key-figures")).toBeVisible();

  // The public pack was printed ahead in all seven languages, without anyone asking for it; reviewers
  // follow it on the edition's page until every language is printed (and stored), none to retry.
  const printed = coordinator.getByTestId("briefing-prints").locator("tr[data-state=printed]");
  await expect
    .poll(
      async () => {
        await coordinator.reload();
        return printed.count();
      },
      { timeout: 150_000, intervals: [2_000] },
    )
    .toBe(7);
});

test("a briefing pack downloads as a PDF whose Khmer text layer holds the expected words", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/km/reports/4/briefing");
  await expect(page.locator("html")).toHaveAttribute("lang", "km");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ឯកសារសង្ខេប");
  const href = await page.getByTestId("pdf-link").getAttribute("href");
  expect(href).toBe("/km/reports/4/briefing.pdf");
  // With scripts the page fetches the pack (saying it is being prepared) and saves it under its name.
  const download = page.waitForEvent("download");
  await page.getByTestId("pdf-link").click();
  expect((await download).suggestedFilename()).toBe("lmc-progress-report-2021-edition-4-km.pdf");
  await expect(page.getByTestId("pdf-status")).toBeEmpty();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const text = pdfText(await response.body());
  for (const word of ["ឯកសារសង្ខេប", "របាយការណ៍", "តួលេខសំខាន់ៗ", "កម្ពុជា", "វៀតណាម", "ឧបសម្ព័ន្ធ"])
    expect(text).toContain(word);
});

test("an unpublished edition and its pack stay with staff", async ({ page }) => {
  const response = await page.request.get("/en/staff/reports/editions/1/briefing.pdf");
  expect(response.status()).toBe(403);
  expect(await response.text()).toBe("Your account may not open this page or change this record.");
  expect((await page.request.get("/th/reports/99/briefing.pdf")).status()).toBe(404);
  expect((await page.goto("/en/reports/99"))?.status()).toBe(404);
  // Signed in, an official gets the staff pack: Chromium prints the staff page with their session.
  await signIn(page, "viewer@demo.lmc.invalid");
  const pack = await page.request.get("/en/staff/reports/editions/1/briefing.pdf");
  expect(pack.status()).toBe(200);
  expect(pdfText(await pack.body())).toContain("Briefing pack");
});

test("report pages have no serious accessibility findings", async ({ page }) => {
  for (const path of ["/en/reports", "/th/reports/4", "/km/reports/4/briefing", "/my/reports/3"]) {
    await page.goto(path);
    expect(await seriousAxeFindings(page)).toEqual([]);
  }
  await signIn(page, "secretariat.vn@demo.lmc.invalid", { lng: "vi" });
  for (const path of [
    "/vi/staff/reports",
    "/vi/staff/reports/2022",
    "/vi/staff/reports/2022/VN",
    "/vi/staff/reports/2022/joint-list",
  ]) {
    await page.goto(path);
    expect(await seriousAxeFindings(page)).toEqual([]);
  }
});
