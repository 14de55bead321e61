import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedPdf } from "./pdf";

describe("printed briefing packs", () => {
  const saved = process.env.BRIEFING_DIR;
  beforeEach(() => {
    process.env.BRIEFING_DIR = path.join(tmpdir(), `briefings-${randomUUID()}`);
  });
  afterEach(async () => {
    await rm(process.env.BRIEFING_DIR!, { recursive: true, force: true });
    if (saved === undefined) delete process.env.BRIEFING_DIR;
    else process.env.BRIEFING_DIR = saved;
  });

  it("are printed once for readers asking at the same moment, then read from the cache", async () => {
    let prints = 0;
    const print = async () => {
      prints++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return Buffer.from("%PDF-1.7 pack");
    };
    const packs = await Promise.all(Array.from({ length: 8 }, () => cachedPdf("edition-1-th-public", print)));
    expect(prints).toBe(1);
    expect(packs.every((pack) => pack.toString() === "%PDF-1.7 pack")).toBe(true);
    expect((await cachedPdf("edition-1-th-public", print)).toString()).toBe("%PDF-1.7 pack");
    expect(prints).toBe(1);
  });

  it("are printed again after a failed print, which every waiting reader sees", async () => {
    let prints = 0;
    const failing = async () => {
      prints++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("Chromium crashed");
    };
    const results = await Promise.allSettled([1, 2, 3].map(() => cachedPdf("edition-2-en-public", failing)));
    expect(results.every((result) => result.status === "rejected")).toBe(true);
    expect(prints).toBe(1);
    expect((await cachedPdf("edition-2-en-public", async () => Buffer.from("%PDF"))).toString()).toBe("%PDF");
  });
});
