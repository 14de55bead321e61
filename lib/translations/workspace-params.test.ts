import { describe, expect, it } from "vitest";
import { routes } from "@/lib/routes";
import { namesQueue, openingQueue, parseWorkspaceParams, workspaceQuery } from "./workspace-params";

describe("workspace parameters", () => {
  it("reads a scope, a state and a page, and falls back on anything else", () => {
    expect(parseWorkspaceParams({ scope: "4.2.7", state: "stale", page: "3" })).toEqual({
      scope: "4.2.7",
      state: "stale",
      page: 3,
    });
    expect(parseWorkspaceParams({ scope: "'; drop", state: "nonsense", page: "-4", plan: "<x>" })).toEqual({
      scope: "plan",
      state: "missing",
      page: 1,
      plan: undefined,
    });
    expect(parseWorkspaceParams({})).toEqual({ scope: "plan", state: "missing", page: 1 });
  });

  it("builds links that start again on the first page when a filter changes", () => {
    const params = parseWorkspaceParams({ scope: "4", state: "draft", page: "2" });
    expect(routes.staff.workspace("th", "th", workspaceQuery(params, { state: "stale" }))).toBe(
      "/th/staff/translations/th?scope=4&state=stale",
    );
    expect(routes.staff.workspace("th", "th", workspaceQuery(params, { page: 3 }))).toBe(
      "/th/staff/translations/th?scope=4&state=draft&page=3",
    );
  });

  it("open on the first queue with work in it unless the address names one", () => {
    expect(openingQueue({ missing: 0, draft: 72, stale: 3, reviewed: 5 })).toBe("draft");
    expect(openingQueue({ missing: 4, draft: 72, stale: 3, reviewed: 5 })).toBe("missing");
    expect(openingQueue({ missing: 0, draft: 0, stale: 0, reviewed: 0 })).toBe("missing");
    expect(namesQueue({ state: "missing" })).toBe(true);
    expect(namesQueue({ state: "nonsense" })).toBe(false);
    expect(namesQueue({})).toBe(false);
  });
});
