import { describe, expect, it } from "vitest";
import { badRequestText, isMalformedPath } from "./malformed-url";

describe("malformed addresses", () => {
  it("finds paths that are not UTF-8, hold control characters or overlong segments, and only those", () => {
    const overlong = `/en/projects/${"x".repeat(256)}`;
    for (const url of [
      "/en/plan/%FF",
      "/en/projects/%FF%FE",
      "/api/attachments/%E0%A4%A",
      "/%C0",
      "/en/plan/%00",
      "/en/%0A",
      overlong,
    ]) {
      expect(isMalformedPath(url), url).toBe(true);
    }
    const longQuery = `/en/projects?q=${"x".repeat(3000)}`;
    for (const url of [
      "/en/plan/4-2-5",
      "/th/projects?q=%FF",
      "/km/plan/%E1%9E%80",
      "/en/plan#%FF",
      longQuery,
    ]) {
      expect(isMalformedPath(url), url).toBe(false);
    }
  });

  it("explains in the path's language", () => {
    expect(badRequestText("/th/plan/%FF").text).toContain("ไม่สามารถอ่านที่อยู่นี้ได้");
    expect(badRequestText("/%FF").lang).toBe("en");
  });
});
