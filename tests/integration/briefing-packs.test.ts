// Printed briefing packs are kept in the database (docs/decisions/0032), so that every instance
// serves the same print and a backup holds them: printed once for readers asking at the same
// moment, found by a second instance without printing, printed again after a failed print; and on
// a server without Chromium the download explains why in the reader's language.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { findChromium } from "@/lib/briefing/chromium";
import { cachedPdf } from "@/lib/briefing/pdf";
import { briefingPdf } from "@/lib/briefing/respond";
import { createPrismaClient } from "@/lib/db/create-client";
import type { Edition } from "@/lib/reports/edition-queries";

const db = createPrismaClient(process.env.DATABASE_URL!);
const otherInstance = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => Promise.all([db.$disconnect(), otherInstance.$disconnect()]));

const slowly = (bytes: string, counter: { prints: number }) => async () => {
  counter.prints++;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return Buffer.from(bytes);
};

describe("printed briefing packs", () => {
  it("are printed once for readers asking at the same moment, then read from the database by any instance", async () => {
    const key = `edition-${randomUUID()}-th-public`;
    const counter = { prints: 0 };
    const print = slowly("%PDF-1.7 pack", counter);
    const packs = await Promise.all(Array.from({ length: 8 }, () => cachedPdf(key, print, db)));
    expect(counter.prints).toBe(1);
    expect(packs.every((pack) => pack.toString() === "%PDF-1.7 pack")).toBe(true);
    expect((await cachedPdf(key, print, otherInstance)).toString()).toBe("%PDF-1.7 pack");
    expect(counter.prints).toBe(1);
    const stored = await db.briefingPack.findUniqueOrThrow({ where: { key } });
    expect(Buffer.from(stored.bytes).toString()).toBe("%PDF-1.7 pack");
  });

  it("keep the first print stored when another instance stored the same pack meanwhile", async () => {
    const key = `edition-${randomUUID()}-km-public`;
    const printedElsewhere = async () => {
      await otherInstance.briefingPack.create({ data: { key, bytes: Buffer.from("%PDF other") } });
      return Buffer.from("%PDF this");
    };
    expect((await cachedPdf(key, printedElsewhere, db)).toString()).toBe("%PDF this");
    const stored = await db.briefingPack.findMany({ where: { key } });
    expect(stored.map((pack) => Buffer.from(pack.bytes).toString())).toEqual(["%PDF other"]);
    expect((await cachedPdf(key, printedElsewhere, db)).toString()).toBe("%PDF other");
  });

  it("are printed again after a failed print, which every waiting reader sees", async () => {
    const key = `edition-${randomUUID()}-en-public`;
    let prints = 0;
    const failing = async () => {
      prints++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("Chromium crashed");
    };
    const results = await Promise.allSettled([1, 2, 3].map(() => cachedPdf(key, failing, db)));
    expect(results.every((result) => result.status === "rejected")).toBe(true);
    expect(prints).toBe(1);
    expect(await db.briefingPack.count({ where: { key } })).toBe(0);
    expect((await cachedPdf(key, async () => Buffer.from("%PDF"), db)).toString()).toBe("%PDF");
  });
});

// On a server without Chromium the PDF download explains why, in the reader's language, and the
// print page stays usable (it links the PDF only when findChromium() finds a browser).
describe("briefing PDF without Chromium", () => {
  const saved = process.env.CHROME_PATH;
  beforeEach(() => {
    process.env.CHROME_PATH = "/nonexistent/chromium";
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
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
