import { describe, expect, it } from "vitest";
import { looksLikeZawgyi, zawgyiToUnicode } from "./zawgyi";

// The opening of a Myanmar government news item, typed in Zawgyi, and its Unicode form
// (myanmar-tools' own test corpus, resources/mmgov_*).
const ZAWGYI = "ႏိုင္ငံေတာ္၏အတုိင္ပင္ခံပုဂၢိဳလ္ ေဒၚေအာင္ဆန္းစုၾကည္သည္ ယေန႔နံနက္ပိုင္းတြင္";
const UNICODE = "မြန်မာနိုင်ငံသည် ရေအရင်းအမြစ်ဆိုင်ရာ ပူးပေါင်းဆောင်ရွက်မှုကို အားကောင်းစေမည်။";

describe("Zawgyi detection", () => {
  it("recognises Zawgyi-encoded Burmese", () => {
    expect(looksLikeZawgyi(ZAWGYI)).toBe(true);
  });

  it("leaves Unicode Burmese and other scripts alone", () => {
    expect(looksLikeZawgyi(UNICODE)).toBe(false);
    expect(looksLikeZawgyi("Water resources cooperation")).toBe(false);
    expect(looksLikeZawgyi("ความร่วมมือด้านทรัพยากรน้ำ")).toBe(false);
  });

  it("converts Zawgyi to Unicode text that is no longer detected as Zawgyi", () => {
    const converted = zawgyiToUnicode(ZAWGYI);
    expect(converted).not.toBe(ZAWGYI);
    expect(converted).toContain("နိုင်ငံတော်");
    expect(looksLikeZawgyi(converted)).toBe(false);
  });
});
