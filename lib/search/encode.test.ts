import { describe, expect, it } from "vitest";
import { indexForSearch, matchesAll, searchTerms } from "./encode";
import { normalizeForSearch } from "./normalize";

const finds = (text: string, query: string) => matchesAll(indexForSearch(text), searchTerms(query));

describe("search in every script", () => {
  it("normalizes what is indexed and what is typed alike", () => {
    expect(normalizeForSearch("nước".normalize("NFD"))).toBe("nước");
    expect(normalizeForSearch("น\u0e49\u0e4d\u0e32")).toBe("น้ำ");
    expect(normalizeForSearch("น\u0e4d\u0e49\u0e32")).toBe("น้ำ");
    expect(normalizeForSearch("ນ\u0ec9\u0ecd\u0eb2")).toBe("ນ້ຳ");
    expect(finds("Hợp tác tài nguyên nước", "nước".normalize("NFD"))).toBe(true);
    expect(finds("การจัดการน้ำ", "น\u0e49\u0e4d\u0e32")).toBe(true);
  });

  it("matches whole words in Thai, Lao and Burmese", () => {
    expect(finds("ความร่วมมือด้านทรัพยากรน้ำ", "น้ำ")).toBe(true);
    expect(finds("ຊັບພະຍາກອນນ້ຳ", "ນ້ຳ")).toBe(true);
    expect(finds("ရေအရင်းအမြစ် စီမံခန့်ခွဲမှု", "ရေ")).toBe(true);
    // ရေ (water) is not ရေး (affairs, writing).
    expect(finds("နိုင်ငံခြားရေး ဝန်ကြီးဌာန", "ရေ")).toBe(false);
    // Vietnamese: cá (fish) is not các (the plural mark).
    expect(finds("Thả cá tái tạo", "cá")).toBe(true);
    expect(finds("Giao lưu giữa các nước", "cá")).toBe(false);
  });

  it("matches whole clusters inside the compounds of Khmer and Chinese", () => {
    expect(finds("ធនធានទឹក", "ទឹក")).toBe(true);
    expect(finds("澜湄水资源合作中心", "水资源")).toBe(true);
    expect(finds("澜湄水资源合作中心", "水")).toBe(true);
    expect(finds("ស្ទឹងត្រែង", "ទឹ")).toBe(false);
  });

  it("matches codes and partial Latin words anywhere, every term required", () => {
    expect(finds("LMC-2019-TH-012 Flood forecasting", "2019-th")).toBe(true);
    expect(finds("LMC-2019-TH-012 Flood forecasting", "LMC-2019-TH")).toBe(true);
    expect(finds("LMC-2019-VN-003 Irrigation in the north", "LMC-2019-TH")).toBe(false);
    expect(finds("Hydrological data sharing", "hydro")).toBe(true);
    expect(finds("Hydrological data sharing", "hydro tourism")).toBe(false);
    expect(searchTerms("  ")).toEqual([]);
    expect(matchesAll(indexForSearch("anything"), [])).toBe(false);
  });
});
