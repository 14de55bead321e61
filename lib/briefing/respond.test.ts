import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Edition } from "@/lib/reports/edition-queries";
import { findChromium } from "./chromium";
import { briefingPdf } from "./respond";

// On a server without Chromium the PDF download explains why, in the reader's language, and the
// print page stays usable (it links the PDF only when findChromium() finds a browser).
describe("briefing PDF without Chromium", () => {
  const saved = { chrome: process.env.CHROME_PATH, dir: process.env.BRIEFING_DIR };
  beforeEach(() => {
    process.env.CHROME_PATH = "/nonexistent/chromium";
    process.env.BRIEFING_DIR = path.join(tmpdir(), `briefings-${randomUUID()}`);
  });
  afterEach(() => {
    if (saved.chrome === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved.chrome;
    if (saved.dir === undefined) delete process.env.BRIEFING_DIR;
    else process.env.BRIEFING_DIR = saved.dir;
  });

  it("finds no browser", () => {
    expect(findChromium()).toBeNull();
  });

  it("answers 503 with the translated explanation, nothing internal", async () => {
    const edition = { id: randomUUID(), number: 7, period: { year: 2022 } } as unknown as Edition;
    const response = await briefingPdf({
      edition,
      lng: "km",
      pageUrl: "http://127.0.0.1:9/unused",
      viewer: null,
    });
    expect(response.status).toBe(503);
    const khmer = JSON.parse(readFileSync("locales/km/reports.json", "utf8")).briefing
      .pdfUnavailable as string;
    expect(await response.text()).toBe(khmer);
  });
});
