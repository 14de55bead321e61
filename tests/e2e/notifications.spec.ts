import type { Page } from "@playwright/test";
import { signIn } from "./auth-support";
import { expect, fill, seriousAxeFindings, test, ui } from "./support";

// The inbox (docs/decisions/0029). The demo's 2022 report has Viet Nam's contribution submitted: a
// coordinator returns it, and the Vietnamese secretariat sees it in the header count and the inbox,
// then resubmits it (as the report test later expects to find it).

const inbox = ui("en", "notifications").inbox;

async function unreadBadge(page: Page): Promise<number> {
  const link = page.getByTestId("inbox-link");
  await expect(link).toBeVisible();
  const text = (await link.textContent()) ?? "";
  const match = /(\d+)/.exec(text.replace(inbox.headerLink, ""));
  return match ? Number(match[1]) : 0;
}

test("a returned contribution shows in the secretariat's inbox count and list, and opens the report", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const vietnamese = await (await browser.newContext()).newPage();
  await signIn(vietnamese, "secretariat.vn@demo.lmc.invalid");
  const before = await unreadBadge(vietnamese);

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, "coordinator@demo.lmc.invalid", { totp: true });
  await coordinator.goto("/en/staff/reports/2022/VN");
  await expect(coordinator.getByTestId("report-state")).toHaveText("Submitted");
  await coordinator
    .getByLabel("Comments for the secretariat")
    .fill("Please add the Mekong-Lancang water data.");
  await coordinator.getByRole("button", { name: "Return with comments" }).click();
  await expect(coordinator.getByTestId("report-state")).toHaveText("Returned");

  await vietnamese.goto("/en/staff");
  expect(await unreadBadge(vietnamese)).toBe(before + 1);
  await vietnamese.getByTestId("inbox-link").click();
  await expect(vietnamese).toHaveURL(/\/en\/staff\/notifications$/);
  const entry = vietnamese.getByTestId("inbox").getByRole("link").first();
  await expect(entry).toContainText("Please add the Mekong-Lancang water data.");
  expect(await seriousAxeFindings(vietnamese)).toEqual([]);
  await entry.click();
  await expect(vietnamese).toHaveURL(/\/en\/staff\/reports\/2022\/VN$/);
  expect(await unreadBadge(vietnamese)).toBe(before);

  // Resubmitted, as the demo had it.
  await vietnamese.getByRole("button", { name: "Submit for review" }).click();
  await expect(vietnamese.getByTestId("report-state")).toHaveText("Submitted");
});

test("notification settings pass axe, and are saved without any script", async ({ browser }) => {
  // Signing in needs the form's script; the settings page itself does not.
  const signedIn = await (await browser.newContext()).newPage();
  // Not the Cambodian officer: the accounts test locks that account for 15 minutes.
  await signIn(signedIn, "secretariat.cn@demo.lmc.invalid", { lng: "km" });
  await signedIn.goto("/km/staff/notifications/settings");
  const km = ui("km", "notifications");
  await expect(signedIn.getByRole("heading", { level: 1 })).toHaveText(km.settings.title);
  expect(await seriousAxeFindings(signedIn)).toEqual([]);

  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.addCookies(await signedIn.context().cookies());
  const page = await context.newPage();
  await page.goto("/km/staff/notifications/settings");
  await page.getByLabel(km.kinds.report_returned).selectOption("digest");
  await page.getByRole("button", { name: km.settings.save }).click();
  await expect(page.getByTestId("form-success")).toHaveText(km.settings.saved);
  await expect(page.getByLabel(km.kinds.report_returned)).toHaveValue("digest");
});

test("the inbox and the settings fit a 360 px phone in Thai, Khmer, Lao and Burmese", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(page, "secretariat.la@demo.lmc.invalid");
  for (const lng of ["th", "km", "lo", "my"] as const) {
    for (const path of ["staff/notifications", "staff/notifications/settings"]) {
      await page.goto(`/${lng}/${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `/${lng}/${path}`).toBeLessThanOrEqual(360);
    }
  }
});

test("an admin sees a period's reminders, sends a bounced one again, and changes the schedule", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const en = ui("en", "notifications");
  const reports = ui("en", "reports");
  const staff = ui("en", "staff");
  await signIn(page, "admin@demo.lmc.invalid", { totp: true });
  await page.goto("/en/staff/reports/2022");
  await expect(page.getByRole("heading", { name: en.reminders.title })).toBeVisible();
  const table = page.getByTestId("period-reminders");
  // The demo's Myanmar secretariat: four reminders, each bounced by its mail server.
  const failed = table.locator("tr[data-state=failed]");
  const before = await failed.count();
  expect(before).toBeGreaterThan(0);
  await expect(failed.first()).toContainText("mailbox unavailable");
  expect(await seriousAxeFindings(page)).toEqual([]);

  await failed.first().getByRole("button", { name: en.outbox.retry }).click();
  await expect(page).toHaveURL(/\/en\/staff\/reports\/2022(\?|$)/);
  await expect(failed).toHaveCount(before - 1);
  await expect(table.locator("tr[data-state=pending]").first()).toBeVisible();

  const days = page.getByLabel(reports.periods.reminderDays);
  await days.fill("7, 7");
  await page.getByRole("button", { name: reports.periods.save }).click();
  await expect(page.getByTestId("field-error").first()).toHaveText(
    fill(staff.validation.reminderDays, { count: 6, maximum: 90 }, "en"),
  );
  await days.fill("21 7 1");
  await page.getByRole("button", { name: reports.periods.save }).click();
  await expect(page.getByLabel(reports.periods.reminderDays)).toHaveValue("21, 7, 1");
});

test("a period's reminders, schedule and packs fit a 360 px phone in Thai, Khmer, Lao and Burmese", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(page, "admin@demo.lmc.invalid", { totp: true });
  for (const lng of ["th", "km", "lo", "my"] as const) {
    for (const path of ["staff/reports/2022", "staff/reports/editions/4"]) {
      await page.goto(`/${lng}/${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `/${lng}/${path}`).toBeLessThanOrEqual(360);
    }
  }
});
