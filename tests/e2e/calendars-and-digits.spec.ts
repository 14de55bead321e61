// One calendar and one digit set per language (docs/decisions/0021): every public page, a project
// page and the briefing PDF, in each language, show no digit of another digit set, no Gregorian year
// in Thai and no Buddhist-era year elsewhere (codes, addresses, citations and text marked as another
// language excepted).
import { formatYear } from "../../lib/i18n/format";
import { mixedSystems } from "../../lib/i18n/mixed-systems";
import { pdfText } from "../support/pdf-text";
import { expect, locales, publicRoutes, test } from "./support";

for (const lng of locales) {
  test(`pages and the briefing PDF in ${lng} keep to one calendar and one digit set`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${lng}/projects?country=TH`);
    const project = await page.locator("main li a[href*='/projects/LMC-']").first().getAttribute("href");
    const paths = [
      ...publicRoutes(lng).map((route) => route.path),
      `/${lng}/projects`,
      project!,
      `/${lng}/reports/4/briefing`,
    ];
    for (const path of paths) {
      await page.goto(path);
      // All text in the page's language, also what is folded away (chart tables, filters): readers
      // reach it too. Text marked as another language (an English outcome list) follows that one's rules.
      const text = await page.locator("body").evaluate((body) => {
        const pageLanguage = document.documentElement.lang;
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll("script, style, template").forEach((element) => element.remove());
        copy.querySelectorAll(`[lang]:not([lang="${pageLanguage}"])`).forEach((element) => element.remove());
        // Cell by cell: adjacent cells ("20", "19 %") must not read as one number.
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? "");
        return parts.join(" ");
      });
      expect(mixedSystems(text, lng), path).toEqual([]);
    }
    const pdf = await page.request.get(`/${lng}/reports/4/briefing.pdf`);
    expect(pdf.status()).toBe(200);
    // The PDF is printed from the briefing page checked above; its text layer has no language
    // marks (English fallback narratives say "in 2021"), so here: its digits, and its own years.
    const printed = pdfText(await pdf.body());
    expect(
      mixedSystems(printed, lng).filter((problem) => problem.startsWith("digit")),
      "briefing PDF",
    ).toEqual([]);
    expect(printed).toContain(formatYear(2021, lng));
  });
}
