import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
  });

  it("takes the entry appended by our own server unless a trusted proxy is declared", () => {
    expect(clientIp("203.0.113.9, 127.0.0.1")).toBe("127.0.0.1");
    process.env.TRUST_PROXY = "1";
    expect(clientIp("203.0.113.9, 10.0.0.2")).toBe("203.0.113.9");
  });

  it("falls back to X-Real-IP, else nothing", () => {
    expect(clientIp(null, "198.51.100.7")).toBe("198.51.100.7");
    expect(clientIp(undefined)).toBeNull();
  });
});
