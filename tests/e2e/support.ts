import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { priorityAreas } from "../../prisma/seed/data/cooperation";
import { parsePlanSource } from "../../prisma/seed/plan-source";
import { formatMessageValue } from "../../lib/i18n/format";
import { languageTag, locales, type Locale } from "../../lib/i18n/settings";

export { expect, languageTag, locales, type Locale };

const source = parsePlanSource(readFileSync("prisma/seed/data/plan-2018-2022.zh.md", "utf8"));

function json(path: string) {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** UI strings as the locale files hold them. */
export function ui(
  lng: Locale,
  ns:
    | "common"
    | "plan"
    | "reports"
    | "dashboard"
    | "projects"
    | "translations"
    | "api"
    | "notifications"
    | "staff",
) {
  return json(`locales/${lng}/${ns}.json`);
}

/** The plan's title and a section's title in a locale: the source for zh, the seed's translation otherwise. */
export function planText(lng: Locale) {
  if (lng === "zh") {
    return {
      title: source.title,
      section: (number: string) => source.sections.find((section) => section.number === number)!.title,
    };
  }
  const translation = json(`prisma/seed/data/plan-2018-2022/${lng}.json`);
  return {
    title: translation.title as string,
    section: (number: string) => translation.sections[number] as string,
  };
}

export function areaName(slug: string, lng: Locale): string {
  return priorityAreas.find((area) => area.slug === slug)!.name.values[lng]!;
}

/** A message with its values put in as the portal puts them (years in the language's calendar). */
export function fill(message: string, values: Record<string, string | number>, lng: Locale): string {
  return message.replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
    String(formatMessageValue(values[name], name, lng)),
  );
}

/** Every public route with the heading a reader of `lng` must see on it. */
export function publicRoutes(lng: Locale) {
  const plan = planText(lng);
  return [
    { path: `/${lng}`, heading: plan.title },
    { path: `/${lng}/plan`, heading: plan.title },
    { path: `/${lng}/plan/4-2-5`, heading: plan.section("4.2.5") },
    { path: `/${lng}/plan/4`, heading: plan.section("4") },
    { path: `/${lng}/priority-areas`, heading: ui(lng, "plan").areas.title as string },
    { path: `/${lng}/priority-areas/water-resources`, heading: areaName("water-resources", lng) },
    { path: `/${lng}/meetings`, heading: ui(lng, "plan").meetings.title as string },
    { path: `/${lng}/dashboard`, heading: ui(lng, "dashboard").title as string },
    { path: `/${lng}/reports`, heading: ui(lng, "reports").edition.listTitle as string },
    {
      path: `/${lng}/reports/1`,
      heading: fill(ui(lng, "reports").edition.name, { year: 2018, number: 1 }, lng),
    },
    { path: `/${lng}/developers`, heading: ui(lng, "api").developers.title as string },
    {
      path: `/${lng}/translation-status`,
      heading: (ui(lng, "translations").coverage as Record<string, string>).title!,
    },
  ];
}

/**
 * Fails a test whose page asks any other host for anything (fonts, scripts, images), or throws in
 * the browser (a hydration mismatch, a script error).
 */
export const test = base.extend<{ localOnly: void }>({
  localOnly: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !url.startsWith("data:")) foreign.push(url);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await use();
      expect(foreign, "requests that left the server").toEqual([]);
      expect(errors, "errors thrown in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * The page's serious and critical WCAG 2.1 AA findings, one line each with the page's address (none
 * is the goal). A page reached by a client-side navigation (a server action's redirect, a link)
 * gets its title from metadata streamed after the new content: the scan waits up to 5 s for one,
 * so a page that never has a title is still reported, and one between titles is not.
 */
export async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page
    .waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 })
    .catch(() => {});
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${page.url()} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(", ")})`,
    );
}

/**
 * Asks for `address` twice in a row until the second answer comes from the front cache: a change
 * made by a test running beside this one may expire the page once in between.
 */
export async function expectKeptInFrontCache(request: APIRequestContext, address: string) {
  await expect
    .poll(async () => {
      expect((await request.get(address)).status()).toBe(200);
      return (await request.get(address)).headers()["x-lmc-front-cache"];
    })
    .toBe("HIT");
}
