import { describe, expect, it } from "vitest";
import { filterKey, filterOf } from "./filters";

const keyOf = (query: string) => filterKey(filterOf(new URLSearchParams(query)));

describe("a filtered dashboard's name in the page cache", () => {
  it("names one set of filters one way, whatever the order and extras of the address", () => {
    expect(keyOf("year=2020&country=TH")).toBe("country=TH&year=2020");
    expect(keyOf("country=TH&year=2020&utm_source=mail")).toBe("country=TH&year=2020");
    expect(keyOf("measure=committed&area=water-resources&pillar=political-security")).toBe(
      "area=water-resources&pillar=political-security&measure=committed",
    );
  });

  it("leaves out the default measure and anything malformed, and is empty without filters", () => {
    expect(keyOf("measure=projects&country=VN")).toBe("country=VN");
    expect(keyOf("")).toBe("");
    expect(keyOf("year=abc&measure=<script>&area=Not%20A%20Slug")).toBe("");
  });

  it("reads back the filters it names", () => {
    const filter = filterOf(new URLSearchParams("country=LA&year=2021&measure=completion"));
    expect(filterOf(new URLSearchParams(filterKey(filter)))).toEqual(filter);
  });
});
