import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fontPreloads } from "./fonts";
import { locales } from "./settings";

describe("font preloads", () => {
  it("name files that the font build wrote, regular and bold, for every locale", () => {
    for (const lng of locales) {
      const files = fontPreloads(lng);
      expect(files.length, lng).toBeGreaterThanOrEqual(2);
      for (const file of files) expect(existsSync(path.join("public", file)), file).toBe(true);
    }
  });

  it("preload the locale's own script, for Chinese its core face and none of its hundred slices", () => {
    expect(fontPreloads("th").some((file) => file.includes("noto-sans-thai-thai-400"))).toBe(true);
    expect(fontPreloads("vi").some((file) => file.includes("noto-sans-vietnamese-700"))).toBe(true);
    expect(fontPreloads("zh").filter((file) => file.includes("noto-sans-sc"))).toEqual([
      "/fonts/files/noto-sans-sc-core-400-normal.woff2",
      "/fonts/files/noto-sans-sc-core-700-normal.woff2",
    ]);
  });
});
