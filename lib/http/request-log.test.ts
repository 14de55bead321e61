import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logRequest, requestIdOf } from "./request-log";

const withHeader = (value?: string) =>
  ({ headers: value ? { "x-request-id": value } : {} }) as IncomingMessage;

describe("request ids", () => {
  it("takes a well-formed id only from a trusted proxy, else makes one", () => {
    expect(requestIdOf(withHeader("lb-1234abcd"), true)).toBe("lb-1234abcd");
    expect(requestIdOf(withHeader("lb-1234abcd"), false)).not.toBe("lb-1234abcd");
    expect(requestIdOf(withHeader("bad id\nInjected: yes"), true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(withHeader(), true)).not.toBe(requestIdOf(withHeader(), true));
  });
});

describe("request log", () => {
  const previous = process.env.LMC_LOG;
  afterEach(() => {
    process.env.LMC_LOG = previous;
    vi.restoreAllMocks();
  });

  it("writes one JSON line per request with its id, status and duration, never the query", async () => {
    delete process.env.LMC_LOG;
    const lines: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (lines.push(String(chunk)), true));
    const server = createServer((request, response) => {
      logRequest(request, response, "req-0001");
      response.statusCode = 418;
      response.end("short and stout");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/en/projects?q=private+words`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const logged = lines.map((line) => JSON.parse(line)).filter((line) => line.event === "request");
    expect(logged).toEqual([
      expect.objectContaining({ method: "GET", path: "/en/projects", status: 418, requestId: "req-0001" }),
    ]);
    expect(typeof logged[0].ms).toBe("number");
    expect(lines.join("")).not.toContain("private");
  });
});
