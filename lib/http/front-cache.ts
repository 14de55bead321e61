// Public pages in memory in front of Next (docs/decisions/0023-public-pages-served-from-memory.md).
// Next's page cache spares the render but not its own per-request work (routing, the proxy, the
// cache lookup, an ETag hashed over the whole page in JavaScript): a cached plan page still cost
// about 1.2 ms of CPU. The portal's server keeps the pages Next marked as shared (s-maxage, no
// cookie) as finished bytes, with their gzip and brotli forms made once, and answers repeat
// requests itself until a change expires them (lib/cache/public-pages-changed.ts) or a minute passes.
// An address with a query (a search, filters, or any parameter at all) is kept only once asked for
// twice, in a budget of its own.
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import Negotiator from "negotiator";

export type CachedPage = {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
  storedAt: number;
  encoded: { gzip?: Buffer; br?: Buffer };
  /** Kept under an address with a query, in their own budget. */
  queried: boolean;
};

/** How long a copy is served without Next: changes expire it at once, time-dependent text within this. */
export const FRONT_CACHE_TTL_MS = 60_000;
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
/** Brotli first when the client takes both: a third smaller than gzip on these pages. */
const ENCODINGS = ["br", "gzip", "identity"];
const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/**
 * Addresses with a query are as many as clients can write: searches, and parameters Next ignores
 * (`/en/plan?utm=…`, each a copy of the same page). One asked for once is not kept (a flood of
 * one-off addresses then costs no memory and pushes nothing out), and those kept share this much,
 * the oldest out first, so they never push out the pages at plain addresses (the plan's).
 */
const MAX_QUERIED_BYTES = 64 * 1024 * 1024;
/** Queried addresses remembered as asked for once, each for the copies' lifetime; the oldest forgotten first. */
const MAX_QUERIES_SEEN = 10_000;

/** Requests for Next's router (RSC payloads, prefetches) and server actions differ from the page. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
];
const NOT_PAGES = /^\/(api|_next|fonts)\//;
/** Headers not replayed: recomputed per response, or about the connection. */
const PER_RESPONSE = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-nextjs-cache",
]);

export function isPageRequest(request: IncomingMessage): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return false;
  return !NOT_PAGES.test(request.url ?? "/");
}

/** A whole HTML page found, fresh, that sets no cookie. */
function isFreshPage(response: ServerResponse): boolean {
  if (response.statusCode !== 200 || response.hasHeader("set-cookie")) return false;
  if (!String(response.getHeader("content-type") ?? "").startsWith("text/html")) return false;
  return response.getHeader("x-nextjs-cache") !== "STALE";
}

/** Whether Next marked a response as the same for everyone: cached HTML, shared-cacheable, no cookie. */
export function isSharedPage(response: ServerResponse): boolean {
  return isFreshPage(response) && /\bs-maxage=\d+/.test(String(response.getHeader("cache-control") ?? ""));
}

/**
 * A search of the public project list, found. Its route reads nothing of the reader's but the
 * address (app/[lng]/projects/search), so its page is everyone's; Next marks it `no-store` only
 * because it keeps no copy itself, and browsers and CDNs are still told so.
 */
export function isSearchPage(response: ServerResponse): boolean {
  return isFreshPage(response);
}

export class FrontCache {
  private pages = new Map<string, CachedPage>();
  private bytes = 0;
  /** The queried addresses kept, oldest first, and their bytes. */
  private queried = new Set<string>();
  private queriedBytes = 0;
  /** Queried addresses answered once and not kept, with when: a second request within the lifetime keeps one. */
  private queriesSeen = new Map<string, number>();
  /** Counts clears: a page whose request began before a change is not kept after it. */
  generation = 0;

  constructor(private now: () => number = Date.now) {}

  lookup(url: string): CachedPage | undefined {
    const page = this.pages.get(url);
    if (!page) return undefined;
    if (this.now() - page.storedAt < FRONT_CACHE_TTL_MS) return page;
    this.delete(url);
    return undefined;
  }

  /**
   * Keeps a page rendered by a request that began in `generation`, unless a change came since; at
   * an address with a query, only when it was asked for before, within the copies' lifetime.
   */
  store(url: string, generation: number, status: number, headers: OutgoingHttpHeaders, body: Buffer): void {
    if (generation !== this.generation || body.byteLength > MAX_PAGE_BYTES) return;
    const queried = url.includes("?");
    if (queried && !this.askedBefore(url)) return;
    this.delete(url);
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    this.pages.set(url, { status, headers: kept, body, etag, storedAt: this.now(), encoded: {}, queried });
    this.bytes += body.byteLength;
    if (queried) {
      this.queried.add(url);
      this.queriedBytes += body.byteLength;
      // Sets keep insertion order too: the oldest first.
      for (const oldest of this.queried) {
        if (this.queriedBytes <= MAX_QUERIED_BYTES) break;
        this.delete(oldest);
      }
    }
    // Oldest first out: Map keeps insertion order.
    for (const [oldest] of this.pages) {
      if (this.bytes <= MAX_TOTAL_BYTES) break;
      this.delete(oldest);
    }
  }

  clear(): void {
    this.generation++;
    this.pages.clear();
    this.bytes = 0;
    this.queried.clear();
    this.queriedBytes = 0;
  }

  /** Whether `url` was answered before within the copies' lifetime; notes it if not. */
  private askedBefore(url: string): boolean {
    const seenAt = this.queriesSeen.get(url);
    this.queriesSeen.delete(url);
    if (seenAt !== undefined && this.now() - seenAt < FRONT_CACHE_TTL_MS) return true;
    this.queriesSeen.set(url, this.now());
    if (this.queriesSeen.size > MAX_QUERIES_SEEN) {
      const [oldest] = this.queriesSeen.keys();
      this.queriesSeen.delete(oldest!);
    }
    return false;
  }

  get size(): number {
    return this.pages.size;
  }

  private delete(url: string) {
    const page = this.pages.get(url);
    if (!page) return;
    this.pages.delete(url);
    const size =
      page.body.byteLength + (page.encoded.gzip?.byteLength ?? 0) + (page.encoded.br?.byteLength ?? 0);
    this.bytes -= size;
    if (page.queried) {
      this.queried.delete(url);
      this.queriedBytes -= size;
    }
  }

  /** The page in `encoding`, compressed once on first demand. */
  encode(page: CachedPage, encoding: "gzip" | "br"): Buffer {
    const done = page.encoded[encoding];
    if (done) return done;
    const encoded =
      encoding === "gzip"
        ? gzipSync(page.body, { level: 9 })
        : brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    page.encoded[encoding] = encoded;
    this.bytes += encoded.byteLength;
    if (page.queried) this.queriedBytes += encoded.byteLength;
    return encoded;
  }
}

/** Answers `request` from `page`: 304 to a matching If-None-Match, else the body in the best encoding. */
export function sendCached(
  cache: FrontCache,
  page: CachedPage,
  request: IncomingMessage,
  response: ServerResponse,
): void {
  const vary = [page.headers.vary, "Accept-Encoding"].filter(Boolean).join(", ");
  const headers: OutgoingHttpHeaders = { ...page.headers, etag: page.etag, vary, "x-lmc-front-cache": "HIT" };
  if (request.headers["if-none-match"]?.split(/\s*,\s*/).includes(page.etag)) {
    response.writeHead(304, headers);
    return void response.end();
  }
  const accepted = new Negotiator(request).encodings(ENCODINGS);
  const encoding = ENCODINGS.find((name) => accepted.includes(name));
  const body = encoding === "br" || encoding === "gzip" ? cache.encode(page, encoding) : page.body;
  if (encoding === "br" || encoding === "gzip") headers["content-encoding"] = encoding;
  headers["content-length"] = body.byteLength;
  response.writeHead(page.status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

type Callback = (error?: Error | null) => void;

/**
 * Watches `response` as Next writes it (uncompressed, its policy final) and hands the status,
 * headers and bytes of a page `isKept` accepts (by default a shared one) to `keep` once it is
 * complete. Other responses pass untouched.
 */
export function capturePage(
  response: ServerResponse,
  keep: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void,
  isKept: (response: ServerResponse) => boolean = isSharedPage,
): void {
  const original = { write: response.write.bind(response), end: response.end.bind(response) };
  let chunks: Buffer[] | null | undefined; // undefined: not decided; null: not a shared page
  let size = 0;
  const collect = (chunk: unknown, encoding: unknown) => {
    chunks ??= isKept(response) ? [] : null;
    if (!chunks || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    size += buffer.byteLength;
    if (size > MAX_PAGE_BYTES) chunks = null;
    else chunks.push(buffer);
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    return (original.write as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as ServerResponse["write"];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);
    if (chunks) {
      // The request's own id is not the page's: a copy served later carries its own request's.
      const { "x-request-id": _ownId, ...headers } = response.getHeaders();
      keep(response.statusCode, headers, Buffer.concat(chunks));
    }
    return (original.end as (...args: unknown[]) => ServerResponse)(chunk, ...(rest as [Callback?]));
  }) as ServerResponse["end"];
}
