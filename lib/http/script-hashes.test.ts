import { createHash } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { awaitsHashes, hashInlineScripts, inlineScriptHashes, withScriptHashes } from "./script-hashes";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const PUBLIC = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";
const PAGE =
  '<html><head><script src="/_next/a.js" async=""></script></head><body><p>Đà Nẵng</p>' +
  '<script>self.__next_f.push([1,"ก"])</script><script id="_R_">x()</script>' +
  '<script>self.__next_f.push([1,"ก"])</script></body></html>';

describe("hashes of inline scripts", () => {
  it("name each inline script once, and no external one", () => {
    expect(inlineScriptHashes(PAGE)).toEqual([sha('self.__next_f.push([1,"ก"])'), sha("x()")]);
  });

  it("replace 'unsafe-inline' in script-src only", () => {
    expect(awaitsHashes(PUBLIC)).toBe(true);
    const policy = withScriptHashes(PUBLIC, [sha("x()")]);
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' ${sha("x()")}; style-src 'self' 'unsafe-inline'`,
    );
    expect(awaitsHashes(policy)).toBe(false);
    expect(withScriptHashes(PUBLIC, [])).toContain("script-src 'self';");
    expect(awaitsHashes("script-src 'self' 'nonce-abc' 'strict-dynamic'")).toBe(false);
  });
});

async function serve(respond: (response: ServerResponse) => void) {
  const server = createServer((_request, response) => {
    hashInlineScripts(response);
    respond(response);
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const { port } = server.address() as AddressInfo;
  try {
    return await fetch(`http://127.0.0.1:${port}/`);
  } finally {
    server.close();
  }
}

describe("a page leaving the server", () => {
  it("carries the hashes of its inline scripts when its policy awaits them, its body untouched", async () => {
    const response = await serve((res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Security-Policy", PUBLIC);
      res.flushHeaders();
      res.write(PAGE.slice(0, 120));
      res.write(Buffer.from(PAGE.slice(120)));
      res.end();
    });
    expect(await response.text()).toBe(PAGE);
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain(sha("x()"));
  });

  it("passes other answers as they are", async () => {
    const staff = "script-src 'self' 'nonce-abc' 'strict-dynamic'";
    const response = await serve((res) => {
      res.setHeader("Content-Type", "text/html");
      res.setHeader("Content-Security-Policy", staff);
      res.end("<script>y()</script>");
    });
    expect(response.headers.get("content-security-policy")).toBe(staff);
    expect(await response.text()).toBe("<script>y()</script>");
  });
});

describe("a page seen before", () => {
  it("gets its policy from memory and streams through", async () => {
    const respond = (res: ServerResponse) => {
      res.setHeader("Content-Type", "text/html");
      res.setHeader("Content-Security-Policy", PUBLIC);
      res.setHeader("ETag", '"same-page"');
      res.write(PAGE.slice(0, 100));
      res.end(PAGE.slice(100));
    };
    const first = await serve(respond);
    const second = await serve(respond);
    expect(second.headers.get("content-security-policy")).toBe(first.headers.get("content-security-policy"));
    expect(await second.text()).toBe(PAGE);
  });
});
