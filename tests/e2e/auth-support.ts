import type { Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../prisma/seed/demo-accounts";
import { expect } from "./support";

export { DEMO_PASSWORD };

export function totpNow(secret = DEMO_TOTP_SECRET): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate();
}

/** Signs in through the real form; `code` is asked for only when the account has a second factor. */
export async function signIn(page: Page, email: string, { password = DEMO_PASSWORD, totp = false, lng = "en" } = {}) {
  await page.goto(`/${lng}/sign-in`);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await page.locator("form button[type=submit]").click();
  if (totp) {
    const code = page.locator("input[name=code]");
    await expect(code).toBeVisible();
    await code.fill(totpNow());
    await page.locator("form button[type=submit]").click();
  }
  await page.waitForURL(new RegExp(`/${lng}/staff`));
}
