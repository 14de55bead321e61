import { describe, expect, it } from "vitest";
import { isPublicListSearch, listKey, projectFilterOf } from "./filters";

const query = (text: string) => new URLSearchParams(text);

describe("the project list's address", () => {
  it("is a search when the public list's query holds search text", () => {
    expect(isPublicListSearch("/th/projects", query(`q=${encodeURIComponent("ชลประทาน")}`))).toBe(true);
    expect(isPublicListSearch("/en/projects", query("country=TH&q=water&page=2"))).toBe(true);
  });

  it("is no search without text, on another page, or for staff", () => {
    expect(isPublicListSearch("/en/projects", query("q="))).toBe(false);
    expect(isPublicListSearch("/en/projects", query("q=%20%20"))).toBe(false);
    expect(isPublicListSearch("/en/projects", query("country=TH"))).toBe(false);
    expect(isPublicListSearch("/en/projects/SCALE-000001", query("q=water"))).toBe(false);
    expect(isPublicListSearch("/en/staff/projects", query("q=water"))).toBe(false);
    expect(isPublicListSearch("/en/projects/search", query("q=water"))).toBe(false);
  });

  it("names a list without a search in one canonical form", () => {
    expect(listKey(projectFilterOf(query("status=ongoing&country=TH&page=1&sort=updated")))).toBe(
      "country=TH&status=ongoing",
    );
    expect(listKey(projectFilterOf(query("country=Thailand&page=abc")))).toBe("");
  });
});
