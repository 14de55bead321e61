import type { Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../../prisma/seed/demo-accounts";
import { expect } from "./support";

export { DEMO_PASSWORD };

const STEP_MS = 30_000;
const lastStep = new Map<string, number>();

/**
 * A code the server has not accepted yet: each code works once, and the server allows one step of
 * clock drift, so two sign-ins of an account per 30 s; a third waits for the next step. (The tests
 * run in one worker, so this memory sees every sign-in.)
 */
export async function freshTotp(email: string, secret = DEMO_TOTP_SECRET): Promise<string> {
  const now = () => Math.floor(Date.now() / STEP_MS);
  const step = Math.max(now(), (lastStep.get(email) ?? 0) + 1);
  while (step > now() + 1) await new Promise((resolve) => setTimeout(resolve, 500));
  lastStep.set(email, step);
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * STEP_MS });
}

/** Signs in through the real form; `code` is asked for only when the account has a second factor. */
export async function signIn(
  page: Page,
  email: string,
  { password = DEMO_PASSWORD, totp = false, lng = "en" } = {},
) {
  await page.goto(`/${lng}/sign-in`);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await page.locator("form button[type=submit]").click();
  if (totp) {
    const code = page.locator("input[name=code]");
    await expect(code).toBeVisible();
    await code.fill(await freshTotp(email));
    await page.locator("form button[type=submit]").click();
  }
  await page.waitForURL(new RegExp(`/${lng}/staff`));
}
