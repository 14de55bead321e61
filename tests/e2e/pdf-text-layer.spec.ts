// The briefing PDF's text layer keeps the words of Khmer, Lao, Burmese and Thai whole, so a pack can
// be searched and its text copied. A word is split when the PDF has it only with a space or a line
// break inside ("ស្ថា នភាព"): the test reads the briefing page, cuts its text into words with the
// language's own word breaker (Intl.Segmenter), and looks for each word in the PDF's text.
import { pdfText } from "../support/pdf-text";
import { expect, test, type Locale } from "./support";

const SCRIPTS: Partial<Record<Locale, { letters: RegExp; knownToSplit: string[] }>> = {
  // Words pdftotext split with the screen faces (Noto Sans Khmer, Lao and bold Myanmar).
  km: { letters: /[\u1780-\u17ff]/, knownToSplit: ["ស្ថានភាព", "ដុល្លារ", "បណ្តុះបណ្តាល"] },
  lo: { letters: /[\u0e80-\u0eff]/, knownToSplit: ["ຄືບໜ້າ", "ລັດຖະມົນຕີ", "ຂໍ້ມູນ"] },
  my: { letters: /[\u1000-\u109f]/, knownToSplit: ["သို့မဟုတ်"] },
  th: { letters: /[\u0e00-\u0e7f]/, knownToSplit: [] },
};

for (const [lng, { letters, knownToSplit }] of Object.entries(SCRIPTS)) {
  test(`the briefing PDF in ${lng} keeps every word whole in its text layer`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/${lng}/reports/4/briefing`);
    await page.emulateMedia({ media: "print" });
    const shown = await page.locator("main").innerText();
    const pdf = await page.request.get(`/${lng}/reports/4/briefing.pdf`);
    expect(pdf.status()).toBe(200);
    const text = pdfText(await pdf.body());
    const withoutSpaces = text.replace(/\s+/g, "");
    const words = new Set(
      [...new Intl.Segmenter(lng, { granularity: "word" }).segment(shown)]
        // Words of the script; a name run into a number by the layout ("ចិន30") is no word of the text.
        .filter((part) => part.isWordLike && letters.test(part.segment) && !/\d/.test(part.segment))
        .filter((part) => part.segment.length >= 3)
        .map((part) => part.segment),
    );
    expect(words.size).toBeGreaterThan(100);
    const split = [...words].filter((word) => !text.includes(word) && withoutSpaces.includes(word));
    expect(split).toEqual([]);
    for (const word of knownToSplit) expect(text).toContain(word);
  });
}
