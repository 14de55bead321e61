import { describe, expect, it } from "vitest";
import { compileBrowserScript, isReadingPage, withoutHydration } from "./reading-pages";

describe("reading pages", () => {
  it("are the public pages of text, in any locale, with or without a query", () => {
    for (const url of [
      "/en",
      "/th/plan",
      "/km/plan/4-2-5",
      "/lo/priority-areas",
      "/my/priority-areas/water-resources",
      "/vi/meetings",
      "/zh/projects?country=TH&page=2",
      "/en/projects/LMC-2018-CN-001",
      "/en/translation-status",
    ]) {
      expect(isReadingPage(url), url).toBe(true);
    }
  });

  it("are not the pages that work in the browser or belong to staff", () => {
    for (const url of [
      "/en/dashboard",
      "/en/dashboard?country=TH",
      "/en/reports",
      "/en/staff/projects",
      "/en/sign-in",
      "/en/projects/LMC-2018-CN-001/edit",
      "/api/v1/projects",
      "/_next/static/chunks/a.js",
    ]) {
      expect(isReadingPage(url), url).toBe(false);
    }
  });
});

const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/w.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<link rel="preload" href="/fonts/files/noto-sans-latin-400-normal.woff2" as="font" type="font/woff2" crossorigin="anonymous"/>',
  '<script src="/_next/static/chunks/p.js" noModule=""></script>',
  "</head><body><main><p>Water resources</p></main>",
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({});</script>',
  '<script>$RC("B:0","S:0")</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:[\\"$\\",\\"p\\",null,{\\"children\\":\\"Water resources\\u003c/p\\u003e\\"}]"])</script>',
  "</body></html>",
].join("");

describe("withoutHydration", () => {
  const html = withoutHydration(PAGE, "enhance()");

  it("takes out Next's scripts, their preloads, the bootstrap and the hydration data", () => {
    expect(html).not.toContain("/_next/static/chunks/b.js");
    expect(html).not.toContain("/_next/static/chunks/w.js");
    expect(html).not.toContain("/_next/static/chunks/p.js");
    expect(html).not.toContain("TURBOPACK");
    expect(html).not.toContain("__next_f");
    expect(html.match(/Water resources/g)).toHaveLength(1);
  });

  it("keeps the text, styles, font preloads and React's inline reveal scripts, and adds the page's script last", () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain("noto-sans-latin-400-normal.woff2");
    expect(html).toContain('<script>$RC("B:0","S:0")</script>');
    expect(html.endsWith("<script>enhance()</script></body></html>")).toBe(true);
  });
});

describe("compileBrowserScript", () => {
  it("compiles the reading pages' script into one minified, self-contained expression", async () => {
    const script = await compileBrowserScript("components/layout/reading-enhancer.ts");
    expect(script.length).toBeLessThan(2000);
    expect(script).not.toMatch(/\bimport\b|\bexport\b|__name|<\/script/);
    expect(() => new Function(script)).not.toThrow();
  });
});
