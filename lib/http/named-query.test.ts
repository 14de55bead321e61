import { describe, expect, it } from "vitest";
import { listKey, projectFilterOf } from "@/lib/projects/filters";
import { queryName, readNamedQuery } from "./named-query";

describe("a page's query named canonically for the page cache", () => {
  it("names the set values in the given order, defaults left out", () => {
    expect(queryName({ b: "2", a: "1", c: undefined }, ["a", "b", "c"])).toBe("a=1&b=2");
    expect(queryName({ page: 1, sort: "code" }, ["sort", "page"], { page: 1 })).toBe("sort=code");
    expect(queryName({ page: 1 }, ["page"], { page: 1 })).toBe("");
  });

  it("reads a canonical name back, escaped as Next hands it over or not", () => {
    const read = (segment: string) => readNamedQuery(segment, projectFilterOf, listKey);
    expect(read("country=TH&page=2")).toMatchObject({ country: "TH", page: 2, sort: "updated" });
    expect(read("country%3DTH%26page%3D2")).toMatchObject({ country: "TH", page: 2 });
  });

  it("refuses any other name of the same filters, and a name of nothing", () => {
    const read = (segment: string) => readNamedQuery(segment, projectFilterOf, listKey);
    expect(read("page=2&country=TH")).toBeNull();
    expect(read("country=TH&page=2&utm=1")).toBeNull();
    expect(read("country=TH&q=water")).toBeNull();
    expect(read("page=1")).toBeNull();
    expect(read("")).toBeNull();
    expect(read("country=ZZZ")).toBeNull();
  });

  it("names a list without its search, and the whole list's first page as nothing", () => {
    const key = (query: string) => listKey(projectFilterOf(new URLSearchParams(query)));
    expect(key("status=ongoing&country=TH&sort=updated&page=1")).toBe("country=TH&status=ongoing");
    expect(key("paragraph=4.2.5-3&page=3&sort=progress")).toBe("paragraph=4.2.5-3&sort=progress&page=3");
    expect(key("page=abc&sort=nonsense")).toBe("");
  });
});
