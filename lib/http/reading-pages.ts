// Reading pages sent without React (docs/decisions/0025-reading-pages-without-hydration.md). The
// plan, its sections, areas, meetings, project lists and pages are text that never changes in the
// browser, yet Next sends each with its whole runtime (~135 KB gzip) and the page again as
// hydration data (the plan's full text twice). The portal's server takes both out as the page
// leaves (before it is hashed for its policy and kept in memory, so once per version of a page)
// and puts in one small script for what those pages do in the browser
// (components/layout/reading-enhancer.ts). Links are plain links: each page is a page load of a
// light, cached document.
import { readFile } from "node:fs/promises";
import { stop, transform } from "esbuild";

/** Public reading pages by path: home, plan, section, areas, meetings, projects, translation status, developers. */
const READING_PAGE =
  /^\/[a-z]{2}(?:\/(?:plan(?:\/[^/]+)?|priority-areas(?:\/[^/]+)?|meetings|projects(?:\/[^/]+)?|translation-status|developers))?\/?$/;

export function isReadingPage(url: string): boolean {
  return READING_PAGE.test(url.split(/[?#]/)[0]!);
}

/**
 * What Next adds for the browser's React: its scripts, their preloads, the bootstrap, and the
 * page's hydration data (self.__next_f; Next escapes "<" inside it, so it holds no "</script>").
 * React's own inline scripts that reveal streamed parts ($RC) stay: they need no runtime.
 */
const RUNTIME = [
  /<script\b[^>]*\ssrc="\/_next\/static\/[^"]*"[^>]*><\/script>/g,
  /<link\b[^>]*\srel="(?:preload|modulepreload)"[^>]*\sas="script"[^>]*\/?>/g,
  /<link\b[^>]*\srel="modulepreload"[^>]*\/?>/g,
  /<script id="_R_">[\s\S]*?<\/script>/g,
  /<script>\(?self\.__next_f[\s\S]*?<\/script>/g,
];

/** `html` without Next's runtime and hydration data, with `script` inlined before </body>. */
export function withoutHydration(html: string, script: string): string {
  let stripped = html;
  for (const pattern of RUNTIME) stripped = stripped.replace(pattern, "");
  const end = stripped.lastIndexOf("</body>");
  if (end < 0) return stripped;
  return `${stripped.slice(0, end)}<script>${script}</script>${stripped.slice(end)}`;
}

/**
 * A browser script written in TypeScript, compiled on its own into a minified inline script. Once,
 * at the server's start: esbuild's service (a child process) is stopped afterwards. Its synchronous
 * API would instead keep a worker thread, with a V8 isolate of its own, for the server's lifetime.
 */
export async function compileBrowserScript(file: string): Promise<string> {
  try {
    const { code } = await transform(await readFile(file, "utf8"), {
      loader: "ts",
      format: "iife",
      minify: true,
      target: "es2020",
    });
    return code.trim();
  } finally {
    await stop();
  }
}
