import { describe, expect, it } from "vitest";
import { citationId } from "@/lib/plan/numbering";
import { readPlanSource, readPlanTranslations } from "./plan-2018-2022";

const source = readPlanSource();
const citations = source.sections.flatMap((section) =>
  section.paragraphs.map((_, index) => citationId(section.number, index + 1)),
);
const translations = readPlanTranslations();

describe("translations of the 2018–2022 plan", () => {
  it("exist for every locale but the Chinese source", () => {
    expect([...translations.keys()].sort()).toEqual(["en", "km", "lo", "my", "th", "vi"]);
  });

  it.each([...translations.keys()])(
    "%s translates exactly the source's sections and paragraphs",
    (locale) => {
      const translation = translations.get(locale)!;
      expect(translation.title.trim()).not.toBe("");
      expect(Object.keys(translation.sections).sort()).toEqual(
        source.sections.map((section) => section.number).sort(),
      );
      expect(Object.keys(translation.paragraphs).sort()).toEqual([...citations].sort());
      for (const text of [...Object.values(translation.sections), ...Object.values(translation.paragraphs)]) {
        expect(text.trim()).not.toBe("");
      }
    },
  );
});
