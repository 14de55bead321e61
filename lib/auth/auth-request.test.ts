import { describe, expect, it } from "vitest";
import { isAcceptableAuthRequest, isSafeCallback, MAX_AUTH_BODY_BYTES } from "./auth-request";

const ORIGIN = "http://localhost:3000";

const form = (body: string, cookie = "") =>
  new Request(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body,
  });

describe("requests next-auth may see", () => {
  it("accepts callback URLs on this portal only", () => {
    expect(isSafeCallback("/en/staff", ORIGIN)).toBe(true);
    expect(isSafeCallback(`${ORIGIN}/th/account`, ORIGIN)).toBe(true);
    for (const value of [
      "//evil.example/",
      "/\\evil.example",
      "http://127.0.0.1:3999.evil.example/",
      "https://evil.example/",
    ])
      expect(isSafeCallback(value, ORIGIN), value).toBe(false);
  });

  it("accepts a sign-in form and the CSRF and session requests", async () => {
    expect(
      await isAcceptableAuthRequest(form("email=a%40b.c&password=x&callbackUrl=%2Fen%2Fstaff"), ORIGIN),
    ).toBe(true);
    expect(await isAcceptableAuthRequest(new Request(`${ORIGIN}/api/auth/csrf`), ORIGIN)).toBe(true);
  });

  it("refuses control characters, foreign callbacks (query, form, cookie) and oversized bodies", async () => {
    const refused = [
      new Request(`${ORIGIN}/api/auth/error?error=x%00`),
      new Request(`${ORIGIN}/api/auth/signin?callbackUrl=http://127.0.0.1:3999.evil.example/`),
      form("email=a%00&password=x"),
      form("callbackUrl=https%3A%2F%2Fevil.example%2F"),
      form("email=a", "next-auth.callback-url=https%3A%2F%2Fevil.example"),
      form("email=a", "next-auth.callback-url=%E0%A4%A"),
      form(`email=${"a".repeat(MAX_AUTH_BODY_BYTES + 1)}`),
    ];
    for (const request of refused)
      expect(await isAcceptableAuthRequest(request, ORIGIN), request.url).toBe(false);
  });

  it("leaves the body for next-auth to read", async () => {
    const request = form("email=a%40b.c&password=x");
    await isAcceptableAuthRequest(request, ORIGIN);
    expect(await request.text()).toBe("email=a%40b.c&password=x");
  });
});
