import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "./client-ip";

describe("the client's address", () => {
  it("is the connection's peer, whatever X-Forwarded-For a client sends", () => {
    expect(clientAddress("198.51.100.20", "203.0.113.77", 0)).toBe("198.51.100.20");
    expect(clientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "203.0.113.77", 0)).toBeNull();
  });

  it("is the entry as many hops from the right as proxies are trusted", () => {
    // client → proxy A (appends the client) → proxy B (appends A) → portal
    expect(clientAddress("10.0.0.3", "203.0.113.77, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.3", "203.0.113.77, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddress("10.0.0.3", ["203.0.113.77", "198.51.100.9"], 1)).toBe("198.51.100.9");
  });

  it("falls back to the peer when the request did not pass through every trusted proxy", () => {
    expect(clientAddress("10.0.0.3", "198.51.100.9", 2)).toBe("10.0.0.3");
    expect(clientAddress("10.0.0.3", "", 1)).toBe("10.0.0.3");
  });

  it("reads TRUST_PROXY_HOPS, and ignores nonsense", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(trustedProxyHops("yes")).toBe(0);
    expect(trustedProxyHops("-1")).toBe(0);
  });
});
