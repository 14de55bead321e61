import { describe, expect, it } from "vitest";
import { localize, needsNote, type StoredText } from "./localized-text";

const text: StoredText = {
  sourceLocale: "zh",
  translations: [
    { locale: "zh", value: "举办澜湄合作村长论坛。", status: "source" },
    { locale: "en", value: "Hold an LMC Village Heads Forum.", status: "reviewed" },
    { locale: "th", value: "จัดเวทีผู้ใหญ่บ้าน", status: "draft" },
  ],
};

describe("localize", () => {
  it("shows the requested locale, even as a draft", () => {
    expect(localize(text, "th")).toEqual({
      value: "จัดเวทีผู้ใหญ่บ้าน",
      locale: "th",
      status: "draft",
      isFallback: false,
    });
    expect(localize(text, "zh")).toMatchObject({ locale: "zh", status: "source", isFallback: false });
  });

  it("falls back to English, then to the source", () => {
    expect(localize(text, "km")).toMatchObject({ locale: "en", isFallback: true });
    const withoutEnglish = { ...text, translations: text.translations.filter((t) => t.locale !== "en") };
    expect(localize(withoutEnglish, "km")).toMatchObject({
      locale: "zh",
      status: "source",
      isFallback: true,
    });
  });

  it("treats an empty wording as missing", () => {
    const empty = {
      ...text,
      translations: [...text.translations, { locale: "vi" as const, value: "", status: "draft" as const }],
    };
    expect(localize(empty, "vi")).toMatchObject({ locale: "en", isFallback: true });
  });

  it("notes drafts and fallbacks, not reviewed or source wording", () => {
    expect(needsNote(localize(text, "th"))).toBe(true);
    expect(needsNote(localize(text, "km"))).toBe(true);
    expect(needsNote(localize(text, "en"))).toBe(false);
    expect(needsNote(localize(text, "zh"))).toBe(false);
  });

  it("notes a translation whose source has changed since", () => {
    expect(needsNote({ value: "x", locale: "th", status: "stale", isFallback: false })).toBe(true);
  });
});
