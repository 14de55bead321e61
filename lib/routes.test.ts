import { describe, expect, it } from "vitest";
import { isPortalPath, routes, withQuery } from "./routes";

describe("addresses", () => {
  it("leave out empty query values and keep the order given", () => {
    expect(withQuery("/en/projects", { q: "dam", page: 2, country: "", status: undefined })).toBe(
      "/en/projects?q=dam&page=2",
    );
    expect(routes.account("th", "sessions")).toBe("/th/account#sessions");
  });

  it("that a sign-in may return to are this portal's, in the reader's language", () => {
    expect(isPortalPath("en", "/en/staff/projects?page=2")).toBe(true);
    for (const path of [
      "/th/staff",
      "//evil.example/en/",
      "/en/\\evil",
      "https://evil.example/en/",
      "",
      null,
    ]) {
      expect(isPortalPath("en", path), String(path)).toBe(false);
    }
  });
});
