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

  it("preload the locale's own script and never Chinese's hundred slices", () => {
    expect(fontPreloads("th").some((file) => file.includes("noto-sans-thai-thai-400"))).toBe(true);
    expect(fontPreloads("vi").some((file) => file.includes("noto-sans-vietnamese-700"))).toBe(true);
    expect(fontPreloads("zh").every((file) => file.includes("/noto-sans-latin-"))).toBe(true);
  });
});
