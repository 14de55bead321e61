// On a slow phone the form is on screen before its scripts run. What a secretariat officer chose
// or typed then is what the form keeps and sends, not the values the server rendered.
import type { Route } from "@playwright/test";
import { signIn } from "./auth-support";
import { expect, test } from "./support";

test("choices made before the scripts arrive survive hydration and the next render", async ({ page }) => {
  await signIn(page, "secretariat.th@demo.lmc.invalid");
  await page.goto("/en/staff/projects?country=TH");
  const href = await page
    .locator("main li a[href*='/staff/projects/LMC-'][href*='-TH-']")
    .first()
    .getAttribute("href");

  // Hold every script until the fields have been changed: the page is the server's HTML only.
  const held: Route[] = [];
  let holding = true;
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, (route) =>
    holding ? void held.push(route) : route.continue(),
  );
  await page.goto(`${href}/updates/new`, { waitUntil: "commit" });
  const form = page.getByTestId("update-form");
  await expect(form.getByRole("button", { name: "Save status update" })).toBeDisabled();
  const status = form.locator("select[name=status]");
  const initialStatus = await status.inputValue();
  const chosen = initialStatus === "completed" ? "suspended" : "completed";
  await status.selectOption(chosen);
  await form.locator("input[name=progress]").fill("87");
  expect(held.length).toBeGreaterThan(0);

  holding = false;
  for (const route of held) await route.continue();
  await expect(form.getByRole("button", { name: "Save status update" })).toBeEnabled();

  // Typing elsewhere renders the form again: a value React had not taken in would be put back now.
  await form.locator("textarea[name=narrative]").fill("Typed after the scripts arrived.");
  await expect(status).toHaveValue(chosen);
  await expect(form.locator("input[name=progress]")).toHaveValue("87");
  // Nothing is saved here (the narrative is emptied again); the refused form still holds the choices.
  await form.locator("textarea[name=narrative]").fill("");
  await form.getByRole("button", { name: "Save status update" }).click();
  await expect(form.getByTestId("field-error").first()).toBeVisible();
  await expect(status).toHaveValue(chosen);
  await expect(form.locator("input[name=progress]")).toHaveValue("87");
});
