// Public pages are cached and the same for every reader, so they cannot carry a nonce; yet they
// show what secretariats wrote (project titles, narratives). Their policy allows exactly the inline
// scripts Next put into the page: the portal's server (scripts/serve.ts) hashes each one as the
// page leaves and names the hashes in script-src instead of 'unsafe-inline' (docs/decisions/0006).
import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";

const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;

/** The CSP source of every inline script of `html` ('sha256-…'), in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** Whether a policy waits for hashes: its script-src allows inline scripts wholesale. */
export function awaitsHashes(policy: string): boolean {
  return /(?:^|;)\s*script-src [^;]*'unsafe-inline'/.test(policy);
}

/** `policy` with 'unsafe-inline' in script-src replaced by `hashes` (no inline script: none allowed). */
export function withScriptHashes(policy: string, hashes: string[]): string {
  return policy
    .split(";")
    .map((directive) =>
      /^\s*script-src\s/.test(directive)
        ? directive.replace(/\s'unsafe-inline'/, hashes.length ? ` ${hashes.join(" ")}` : "")
        : directive,
    )
    .join(";");
}

type Callback = (error?: Error | null) => void;

/**
 * Hashes of pages already seen, by address and ETag (Next tags every page it serves from its
 * cache): a page seen before gets its policy at once and streams through without being held.
 */
const known = new Map<string, string[]>();
const KNOWN_PAGES = 2000;

function remember(key: string, hashes: string[]) {
  if (known.size >= KNOWN_PAGES) known.delete(known.keys().next().value!);
  known.set(key, hashes);
}

/**
 * Makes `response` hold an HTML page whose policy awaits hashes until it is complete, then send it
 * with the hashes of its inline scripts in the policy. Every other response passes untouched.
 * Public pages come whole from Next's page cache, so holding them costs no streaming; a page
 * seen before (same address and ETag) is not held at all — unless `rewrite` is to change it
 * first (lib/http/reading-pages.ts): then it is held, rewritten, and hashed as it will be sent.
 */
export function hashInlineScripts(response: ServerResponse, rewrite?: (html: string) => string): void {
  const original = {
    write: response.write.bind(response),
    end: response.end.bind(response),
    flushHeaders: response.flushHeaders.bind(response),
  };
  let mode: "undecided" | "hold" | "pass" = "undecided";
  const chunks: Buffer[] = [];
  let key: string | null = null;
  const decide = () => {
    if (mode !== "undecided") return mode;
    const type = String(response.getHeader("content-type") ?? "");
    const policy = response.getHeader("content-security-policy");
    if (!type.startsWith("text/html") || typeof policy !== "string" || !awaitsHashes(policy)) {
      return (mode = "pass");
    }
    const etag = response.getHeader("etag");
    key = typeof etag === "string" ? `${response.req?.url} ${etag}` : null;
    const hashes = key && !rewrite ? known.get(key) : undefined;
    if (!hashes) return (mode = "hold");
    response.setHeader("Content-Security-Policy", withScriptHashes(policy, hashes));
    return (mode = "pass");
  };
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"),
    );
  };
  const callbackOf = (...args: unknown[]) =>
    args.find((arg) => typeof arg === "function") as Callback | undefined;

  response.flushHeaders = () => {
    if (decide() === "pass") original.flushHeaders();
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (decide() === "pass") return (original.write as (...args: unknown[]) => boolean)(chunk, ...rest);
    keep(chunk, rest[0]);
    callbackOf(...rest)?.();
    return true;
  }) as ServerResponse["write"];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (decide() === "pass") return (original.end as (...args: unknown[]) => ServerResponse)(chunk, ...rest);
    keep(chunk, rest[0]);
    const held = Buffer.concat(chunks);
    const page = rewrite ? Buffer.from(rewrite(held.toString("utf8")), "utf8") : held;
    const policy = String(response.getHeader("content-security-policy"));
    const hashes = inlineScriptHashes(page.toString("utf8"));
    if (key) remember(key, hashes);
    response.setHeader("Content-Security-Policy", withScriptHashes(policy, hashes));
    if (response.hasHeader("content-length")) response.setHeader("Content-Length", page.byteLength);
    return original.end(page, callbackOf(chunk, ...rest));
  }) as ServerResponse["end"];
}
