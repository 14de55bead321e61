import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isStaffPath } from "./csp";

describe("content security policy", () => {
  it("is strict and nonce-based on staff pages", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", dev: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("always forbids plugins, base URLs and framing", () => {
    for (const nonce of ["n", null]) {
      const policy = contentSecurityPolicy({ nonce, dev: false });
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain("unsafe-eval");
    }
  });

  it("knows which pages are staff pages", () => {
    expect(isStaffPath("/th/admin/users")).toBe(true);
    expect(isStaffPath("/en/sign-in")).toBe(true);
    expect(isStaffPath("/en/account")).toBe(true);
    expect(isStaffPath("/en/plan")).toBe(false);
    expect(isStaffPath("/en/administration-of-water")).toBe(false);
  });
});
