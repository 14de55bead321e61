import { DEMO_PASSWORD, signIn } from "./auth-support";
import { expect, seriousAxeFindings, test } from "./support";

test("an admin signs in with password and authenticator code", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.locator("input[name=email]").fill("admin@demo.lmc.invalid");
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("input[name=code]")).toBeVisible();
  await page.locator("input[name=code]").fill("000000");
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("sign-in-error")).toHaveText(
    "That code is not right. Codes change every 30 seconds.",
  );
  await signIn(page, "admin@demo.lmc.invalid", { totp: true });
  await expect(page.getByTestId("signed-in-as")).toContainText("Demo Administrator");
  await page.goto("/en/admin/users");
  await expect(page.getByTestId("users-table")).toContainText("secretariat.vn@demo.lmc.invalid");
});

test("repeated failures lock the account with a translated message", async ({ page }) => {
  await page.goto("/th/sign-in");
  await page.locator("input[name=email]").fill("secretariat.kh@demo.lmc.invalid");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.locator("input[name=password]").fill(`wrong-password-${attempt}`);
    await page.locator("form button[type=submit]").click();
    await expect(page.getByTestId("sign-in-error")).toBeVisible();
  }
  await expect(page.getByTestId("sign-in-error")).toHaveText(
    "พยายามไม่สำเร็จหลายครั้งเกินไป โปรดลองอีกครั้งใน 15 นาที",
  );
  // The right password does not help while the lock lasts.
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByTestId("sign-in-error")).toContainText("15");
});

test("a disabled user is signed out on the next click", async ({ browser }) => {
  const viewer = await browser.newPage();
  await signIn(viewer, "viewer@demo.lmc.invalid");
  const admin = await browser.newPage();
  await signIn(admin, "admin@demo.lmc.invalid", { totp: true });
  await admin.goto("/en/admin/users?q=viewer%40demo");
  await admin.getByRole("link", { name: "Demo Official" }).click();
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.getByTestId("form-success")).toBeVisible();

  await viewer.getByRole("link", { name: "My account" }).click();
  await expect(viewer).toHaveURL(/\/en\/sign-in\?next=/);

  await admin.getByRole("button", { name: "Enable account" }).click();
  await expect(admin.getByText("users.enable").first()).toBeVisible();
});

test("a secretariat officer cannot open administration pages: 403, nothing shown", async ({ page }) => {
  await signIn(page, "secretariat.th@demo.lmc.invalid", { lng: "th" });
  await expect(page.getByTestId("signed-in-as")).toContainText("TH");
  for (const path of ["/th/admin/users", "/th/admin/audit", "/th/admin/users/new"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toContainText("ไม่ได้รับอนุญาต");
    await expect(page.getByTestId("users-table")).toHaveCount(0);
  }
});

test("an admin creates an account; its owner sets a password with the one-time link and signs in", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin@demo.lmc.invalid", { totp: true });
  await page.goto("/en/admin/users/new");
  await page.locator("input[name=email]").fill("new.officer@example.org");
  await page.locator("input[name=name]").fill("New Officer");
  await page.locator("select[name=countryCode]").selectOption("VN");
  await page.getByRole("button", { name: "Create user" }).click();
  const link = await page.getByTestId("one-time-link-url").textContent();
  expect(link).toMatch(/\/en\/reset-password\/[\w-]{40,}$/);

  const owner = await browser.newPage();
  await owner.goto(link!);
  await owner.locator("input[name=newPassword]").fill("password123456");
  await owner.locator("input[name=confirmPassword]").fill("password123456");
  await owner.getByRole("button", { name: "Set password" }).click();
  await expect(owner.getByTestId("field-error").first()).toBeVisible();
  await owner.locator("input[name=newPassword]").fill("river boats at dawn in Vientiane");
  await owner.locator("input[name=confirmPassword]").fill("river boats at dawn in Vientiane");
  await owner.getByRole("button", { name: "Set password" }).click();
  await expect(owner.getByTestId("password-set")).toBeVisible();
  await signIn(owner, "new.officer@example.org", { password: "river boats at dawn in Vientiane" });
  await expect(owner.getByTestId("signed-in-as")).toContainText("VN");

  // The link works once.
  await owner.goto(link!);
  await owner.locator("input[name=newPassword]").fill("another long passphrase here");
  await owner.locator("input[name=confirmPassword]").fill("another long passphrase here");
  await owner.getByRole("button", { name: "Set password" }).click();
  await expect(owner.getByTestId("form-error")).toContainText("expired or was already used");

  await page.goto("/en/admin/audit?action=users.create");
  await expect(page.getByTestId("audit-table")).toContainText("admin@demo.lmc.invalid");
});

test("script in a name is stored as text and shown as text", async ({ page }) => {
  await signIn(page, "admin@demo.lmc.invalid", { totp: true });
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.goto("/en/admin/users/new");
  await page.locator("input[name=email]").fill("xss.check@example.org");
  await page.locator("input[name=name]").fill(`<img src=x onerror="alert(1)"><script>alert(2)</script>`);
  await page.locator("select[name=role]").selectOption("viewer");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByTestId("one-time-link")).toBeVisible();
  await page.goto("/en/admin/users?q=xss");
  await expect(page.getByTestId("users-table")).toContainText(`<script>alert(2)</script>`);
  expect(dialogs).toBe(0);
});

test("staff pages have no serious accessibility findings and a strict CSP", async ({ page }) => {
  const response = await page.goto("/en/sign-in");
  expect(response?.headers()["content-security-policy"]).toMatch(
    /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
  );
  for (const path of ["/en/sign-in", "/km/sign-in"]) {
    await page.goto(path);
    expect(await seriousAxeFindings(page)).toEqual([]);
  }
  await signIn(page, "admin@demo.lmc.invalid", { totp: true });
  for (const path of ["/en/admin/users", "/en/admin/audit", "/en/account"]) {
    await page.goto(path);
    expect(await seriousAxeFindings(page)).toEqual([]);
  }
});

test("a forged X-Forwarded-For or client-address header does not change the address sessions and audit record", async ({
  browser,
}) => {
  const forged = { "X-Forwarded-For": "203.0.113.9", "X-LMC-Client-IP": "198.51.100.7" };
  const context = await browser.newContext({ extraHTTPHeaders: forged });
  const page = await context.newPage();
  await signIn(page, "viewer@demo.lmc.invalid");
  await page.goto("/en/account");
  const sessions = page.getByRole("listitem").filter({ hasText: "This browser" });
  await expect(sessions).toContainText(/Address: (127\.0\.0\.1|::1)/);
  await expect(page.locator("main")).not.toContainText("203.0.113.9");
  await expect(page.locator("main")).not.toContainText("198.51.100.7");
  await context.close();
});
