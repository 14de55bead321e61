import "server-only";
import { chromium } from "playwright-core";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/create-client";
import { CHROMIUM_ARGS, findChromium } from "./chromium";

export class PdfUnavailable extends Error {}

const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

/** At most two Chromiums print at a time; further requests wait their turn. */
async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * Prints a page of the portal to A4 PDF in headless Chromium (through playwright-core and the
 * system's Chromium), so that Khmer, Lao, Burmese and Thai are shaped by the browser's text engine
 * with the portal's own fonts. `cookies` carry a staff session for pages that need one.
 */
export async function printToPdf(
  url: string,
  cookies: { name: string; value: string }[] = [],
): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) throw new PdfUnavailable("no Chromium on this server");
  return turn(async () => {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext();
      if (cookies.length) await context.addCookies(cookies.map((cookie) => ({ ...cookie, url })));
      const page = await context.newPage();
      const response = await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
      if (!response?.ok()) throw new Error(`the briefing page answered ${response?.status()}`);
      // Charts draw after hydration; fonts load on demand per script.
      await page.waitForFunction(
        () => [...document.querySelectorAll("[data-chart]")].every((chart) => chart.querySelector("svg")),
        undefined,
        { timeout: 30_000 },
      );
      await page.emulateMedia({ media: "print" });
      // Fonts load on demand per script, and print has faces of its own (app/globals.css): lay the
      // page out for print, then wait for the faces it asked for.
      await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await document.fonts.ready;
      });
      return await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
      });
    } finally {
      await browser.close();
    }
  });
}

/** Packs being printed now by this instance, by key: a second request for one waits for the same print. */
const printing = new Map<string, Promise<Buffer>>();

/**
 * The pack under `key`: as stored in the database (printed by any instance, kept with a backup),
 * or printed once however many readers of this instance ask for it at the same moment (one
 * Chromium, not one per request). Two instances asked at the same moment may both print; the first
 * stored is kept (docs/decisions/0032).
 */
export async function cachedPdf(
  key: string,
  print: () => Promise<Buffer>,
  db: Db = getDb(),
): Promise<Buffer> {
  const stored = await db.briefingPack.findUnique({ where: { key }, select: { bytes: true } });
  if (stored) return Buffer.from(stored.bytes);
  const running = printing.get(key);
  if (running) return running;
  const job = (async () => {
    const pdf = await print();
    await db.briefingPack.createMany({ data: [{ key, bytes: new Uint8Array(pdf) }], skipDuplicates: true });
    return pdf;
  })().finally(() => printing.delete(key));
  printing.set(key, job);
  return job;
}
