import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  capturePage,
  FRONT_CACHE_TTL_MS,
  FrontCache,
  isPageRequest,
  isSearchPage,
  isSharedPage,
  sendCached,
} from "./front-cache";

const PAGE = "<!doctype html><html><body>" + "Lancang-Mekong ".repeat(2000) + "</body></html>";

type Answer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

function get(server: Server, path: string, headers: Record<string, string> = {}, method = "GET") {
  const { port } = server.address() as AddressInfo;
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest({ port, path, headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject).end();
  });
}

/**
 * A server like scripts/serve.ts: the cache in front of a "Next" that counts its renders. Addresses
 * with "?q=" stand for searches of the project list.
 */
function frontedServer(answer: (response: ServerResponse) => void) {
  let clock = 0;
  const cache = new FrontCache(() => clock);
  let behind = 0;
  const server = createServer((request, response) => {
    const page = isPageRequest(request) ? cache.lookup(request.url!) : undefined;
    if (page) return sendCached(cache, page, request, response);
    behind++;
    if (request.method === "GET" && isPageRequest(request)) {
      const generation = cache.generation;
      const search = request.url!.includes("?q=");
      capturePage(
        response,
        (status, headers, body) => cache.store(request.url!, generation, status, headers, body),
        search ? isSearchPage : isSharedPage,
      );
    }
    answer(response);
  });
  return {
    cache,
    server,
    behind: () => behind,
    advance: (ms: number) => (clock += ms),
    listen: () => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)),
  };
}

const sharedPage = (response: ServerResponse, cacheState = "HIT") => {
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "s-maxage=300, stale-while-revalidate=3300");
  response.setHeader("Content-Security-Policy", "script-src 'self' 'sha256-abc'");
  response.setHeader("x-nextjs-cache", cacheState);
  response.write(PAGE.slice(0, 1000));
  response.end(PAGE.slice(1000));
};

/** A search's answer: Next renders it per request and tells browsers and CDNs not to store it. */
const searchPage = (response: ServerResponse) => {
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  response.end(PAGE);
};

let open: Server | undefined;
afterEach(() => open?.close());

/** `page` answered with a session cookie set. */
const withCookie = (page: (response: ServerResponse) => void) => (response: ServerResponse) => {
  response.setHeader("Set-Cookie", "session=1");
  page(response);
};

/** `page` answered as not found. */
const notFound = (page: (response: ServerResponse) => void) => (response: ServerResponse) => {
  response.statusCode = 404;
  page(response);
};

/** How many of `times` requests for `path` reached "Next" behind a cache in front of `answer`. */
async function rendersOf(answer: (response: ServerResponse) => void, path: string, times: number) {
  const front = frontedServer(answer);
  open = front.server;
  await front.listen();
  for (let n = 0; n < times; n++) await get(front.server, path);
  front.server.close();
  return front.behind();
}

describe("the front cache", () => {
  it("answers a shared page from memory, with its headers, compressed as the client accepts", async () => {
    const front = frontedServer(sharedPage);
    open = front.server;
    await front.listen();
    const first = await get(front.server, "/en/plan");
    expect(first.body.toString()).toBe(PAGE);
    const plain = await get(front.server, "/en/plan");
    const gzip = await get(front.server, "/en/plan", { "accept-encoding": "gzip" });
    const br = await get(front.server, "/en/plan", { "accept-encoding": "gzip, br" });
    expect(front.behind()).toBe(1);
    expect(plain.headers["x-lmc-front-cache"]).toBe("HIT");
    expect(plain.headers["content-security-policy"]).toBe("script-src 'self' 'sha256-abc'");
    expect(plain.body.toString()).toBe(PAGE);
    expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(br.headers["content-length"])).toBe(br.body.byteLength);
  });

  it("answers a matching If-None-Match with 304 and HEAD without a body", async () => {
    const front = frontedServer(sharedPage);
    open = front.server;
    await front.listen();
    await get(front.server, "/th/plan");
    const { headers } = await get(front.server, "/th/plan");
    const revalidated = await get(front.server, "/th/plan", { "if-none-match": headers.etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.body.byteLength).toBe(0);
    const head = await get(front.server, "/th/plan", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
  });

  it("goes back to Next after a change and after its time, and never keeps a page begun before a change", async () => {
    const front = frontedServer(sharedPage);
    open = front.server;
    await front.listen();
    await get(front.server, "/en/plan");
    front.cache.clear();
    await get(front.server, "/en/plan");
    expect(front.behind()).toBe(2);
    front.advance(FRONT_CACHE_TTL_MS);
    await get(front.server, "/en/plan");
    expect(front.behind()).toBe(3);

    const before = front.cache.generation;
    front.cache.clear();
    front.cache.store("/en/x", before, 200, {}, Buffer.from(PAGE));
    expect(front.cache.lookup("/en/x")).toBeUndefined();
  });

  it("keeps nothing personal, stale, partial or for Next's router", async () => {
    const answers: ((response: ServerResponse) => void)[] = [
      withCookie(sharedPage),
      (response) => {
        response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Content-Type", "text/html");
        response.end(PAGE);
      },
      (response) => sharedPage(response, "STALE"),
      notFound(sharedPage),
    ];
    for (const answer of answers) expect(await rendersOf(answer, "/en/plan", 2)).toBe(2);
    const front = frontedServer(sharedPage);
    open = front.server;
    await front.listen();
    await get(front.server, "/en/plan", { rsc: "1" });
    await get(front.server, "/en/plan", { rsc: "1" });
    await get(front.server, "/api/v1/projects");
    await get(front.server, "/api/v1/projects");
    expect(front.behind()).toBe(4);
  });

  it("keeps a search once it is asked for a second time within a minute, and serves it as Next marked it", async () => {
    const front = frontedServer(searchPage);
    open = front.server;
    await front.listen();
    for (const query of ["a", "b", "c"]) await get(front.server, `/en/projects?q=${query}`);
    expect(front.cache.size).toBe(0); // one-off searches cost nothing

    await get(front.server, "/en/projects?q=a");
    const kept = await get(front.server, "/en/projects?q=a");
    expect(front.behind()).toBe(4);
    expect(kept.headers["x-lmc-front-cache"]).toBe("HIT");
    expect(kept.headers["cache-control"]).toContain("no-store");
    expect(kept.body.toString()).toBe(PAGE);

    // Asked for again only after the copies' lifetime: counted as a first request.
    front.advance(FRONT_CACHE_TTL_MS);
    await get(front.server, "/en/projects?q=b");
    await get(front.server, "/en/projects?q=b");
    expect(front.behind()).toBe(6);
    expect((await get(front.server, "/en/projects?q=b")).headers["x-lmc-front-cache"]).toBe("HIT");

    // A change expires kept searches like every page.
    front.cache.clear();
    await get(front.server, "/en/projects?q=b");
    expect(front.behind()).toBe(7);
  });

  it("keeps no search that sets a cookie or was not found", async () => {
    for (const answer of [withCookie(searchPage), notFound(searchPage)])
      expect(await rendersOf(answer, "/en/projects?q=water", 3)).toBe(3);
  });

  it("keeps a page at an address with a query only when it is asked for again, whatever the query", async () => {
    const front = frontedServer(sharedPage);
    open = front.server;
    await front.listen();
    for (let n = 0; n < 5; n++) await get(front.server, `/en/plan?utm=${n}`);
    expect(front.cache.size).toBe(0); // parameters Next ignores make no copies
    await get(front.server, "/en/dashboard?country=TH");
    await get(front.server, "/en/dashboard?country=TH");
    expect((await get(front.server, "/en/dashboard?country=TH")).headers["x-lmc-front-cache"]).toBe("HIT");
    await get(front.server, "/en/plan");
    expect((await get(front.server, "/en/plan")).headers["x-lmc-front-cache"]).toBe("HIT");
  });

  it("keeps addresses with a query within a budget of their own, so they never push the plan's pages out", () => {
    const cache = new FrontCache(() => 0);
    const body = Buffer.alloc(2 * 1024 * 1024, "x");
    cache.store("/en/plan", 0, 200, {}, Buffer.from(PAGE));
    const searches = Array.from({ length: 40 }, (_, n) => `/en/projects?q=${n}`);
    for (const url of searches) {
      cache.store(url, 0, 200, {}, body);
      cache.store(url, 0, 200, {}, body);
    }
    expect(cache.lookup("/en/plan")).toBeDefined();
    const kept = searches.filter((url) => cache.lookup(url));
    expect(kept).toEqual(searches.slice(-32)); // 64 MB of 2 MB pages, the newest
  });
});
