// The portal's HTTP server: Next's request handler behind Node's own, for what must be decided
// before Next sees a request:
// - the client's address comes from the connection (or the trusted proxies in front,
//   TRUST_PROXY_HOPS), never from a header the client wrote (lib/auth/client-ip.ts);
// - an address that cannot be decoded gets a 400 in the reader's language, not Next's 500
//   (lib/http/malformed-url.ts);
// - a server-action body that Next could not decode, or one over its limit, gets a 400 or 413, not
//   a 500 (lib/http/action-request.ts); it is read (1 MB at most, as declared) and put back.
// - a public page's policy names the hashes of its inline scripts, not 'unsafe-inline'
//   (lib/http/script-hashes.ts); so that the page can be read whole, compression happens here
//   (next.config.ts turns Next's own off).
// - reading pages leave without React's runtime and hydration data, with one small script in their
//   place (lib/http/reading-pages.ts, docs/decisions/0025);
// - every request gets an id (X-Request-Id) and one JSON log line (lib/http/request-log.ts);
// - while the database cannot be reached, requests that need it get a translated 503 with
//   Retry-After (lib/http/unavailable.ts), and pages in the front cache are still served; a page
//   whose render failed as it went away gets the same 503, not the error page (lib/http/outage-errors.ts);
// - public pages Next marked as shared, and searches of the project list, are kept in memory as
//   finished bytes (those at an address with a query once asked for twice) and answered without
//   Next until a change expires them (lib/http/front-cache.ts, docs/decisions/0023); with
//   REDIS_URL, a change on any instance expires every instance's copies (docs/decisions/0032).
// On SIGTERM or SIGINT it reports itself not ready, stops accepting, lets requests in flight finish
// (30 s at most), and exits.
// Started by `npm start`, the browser tests and the benchmark; `--dev` serves `next dev`.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import compression from "compression";
import next from "next";
import pg from "pg";
import { CLIENT_IP_HEADER, clientAddress, trustedProxyHops } from "../lib/auth/client-ip";
import { actionBodyProblem, isActionRequest, MAX_ACTION_BODY_BYTES } from "../lib/http/action-request";
import { onPublicPagesChanged } from "../lib/cache/public-pages-changed";
import { closeRedis, onRedisReconnect, sharedRedis } from "../lib/cache/redis";
import { publishPageChange, subscribeToPageChanges } from "../lib/cache/shared-page-changes";
import {
  capturePage,
  FrontCache,
  isPageRequest,
  isSearchPage,
  isSharedPage,
  sendCached,
} from "../lib/http/front-cache";
import { badRequestText, isMalformedPath } from "../lib/http/malformed-url";
import { logRequest, REQUEST_ID_HEADER, requestIdOf } from "../lib/http/request-log";
import { replaceOutageErrors } from "../lib/http/outage-errors";
import { compileBrowserScript, isReadingPage, withoutHydration } from "../lib/http/reading-pages";
import { hashInlineScripts } from "../lib/http/script-hashes";
import { unavailableAnswer } from "../lib/http/unavailable";
import { logEvent } from "../lib/log";
import { isPublicListSearch } from "../lib/projects/filters";
import { confirmDatabaseDown, isDatabaseDown, watchDatabase } from "../lib/ops/database-state";
import { startDraining } from "../lib/ops/draining";
import { onShutdown, shutDown } from "../lib/ops/shutdown";

const dev = process.argv.includes("--dev");
// tsx turns Node's source maps on for the TypeScript it compiles. Left on, Node would also read,
// parse and keep the map of every chunk of Next's build it loads: some 600 ms at start and a
// resident copy of each. Production stack traces show the build's own positions, as `next start`'s do.
if (!dev) process.setSourceMapsEnabled(false);
const port = Number(process.env.PORT ?? 3000);
const hops = trustedProxyHops();
const DRAIN_MS = 30_000;

const app = next({ dev, port });
const nextHandler = app.getRequestHandler();
const compress = compression();
const frontCache = new FrontCache();
const readingScript = await compileBrowserScript("components/layout/reading-enhancer.ts");
/** A reading page found (200) without React; a missing one's 404 is drawn by the browser's React. */
const withoutReact = (response: ServerResponse) => (html: string) =>
  response.statusCode === 200 ? withoutHydration(html, readingScript) : html;
onPublicPagesChanged(() => {
  frontCache.clear();
  void publishPageChange();
});
if (sharedRedis()) {
  subscribeToPageChanges(() => frontCache.clear());
  // Changes announced while this instance could not hear them: its copies may be out of date.
  onRedisReconnect(() => frontCache.clear());
  onShutdown("redis", closeRedis, 5);
}

/** For a page that failed: the translated 503 when the database turns out to be down, else null. */
async function outageAnswer(request: IncomingMessage) {
  if (!(await confirmDatabaseDown())) return null;
  return unavailableAnswer(request.url ?? "/", String(request.headers[REQUEST_ID_HEADER] ?? ""));
}

/**
 * A public page from memory when it is there; else Next's handler behind compression and, outside
 * development, the hashing of inline scripts and the keeping of shared pages.
 */
function handle(request: IncomingMessage, response: ServerResponse) {
  const url = request.url ?? "/";
  const page = dev || !isPageRequest(request) ? undefined : frontCache.lookup(url);
  if (page) return sendCached(frontCache, page, request, response);
  compress(request as never, response as never, () => {
    if (!dev && request.method === "GET" && isPageRequest(request)) {
      const generation = frontCache.generation;
      const queryAt = url.indexOf("?");
      const search =
        queryAt > 0 && isPublicListSearch(url.slice(0, queryAt), new URLSearchParams(url.slice(queryAt)));
      capturePage(
        response,
        (status, headers, body) => frontCache.store(url, generation, status, headers, body),
        search ? isSearchPage : isSharedPage,
      );
    }
    if (!dev) hashInlineScripts(response, isReadingPage(url) ? withoutReact(response) : undefined);
    if (!dev && isPageRequest(request)) replaceOutageErrors(response, () => outageAnswer(request));
    void nextHandler(request, response);
  });
}
await app.prepare();

// The database's reachability, probed on a connection of its own (lib/ops/database-state.ts).
const connectionString = process.env.DATABASE_URL;
if (connectionString) {
  const probes = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: 1_000,
    query_timeout: 1_000,
  });
  probes.on("error", () => {}); // a probe's lost connection is what the probe reports
  const stopWatching = watchDatabase(
    async () => void (await probes.query("SELECT 1")),
    (down, forMs) => logEvent(down ? "database.down" : "database.up", down ? {} : { downForMs: forMs }),
  );
  onShutdown("database probe", async () => {
    stopWatching();
    await probes.end();
  });
}

/** Whether this request must wait for the database: not static files, health checks or cached pages. */
function needsAbsentDatabase(request: IncomingMessage): boolean {
  if (!isDatabaseDown()) return false;
  const url = request.url ?? "/";
  if (/^\/(_next\/static|fonts)\//.test(url) || /^\/api\/(health|ready)(\?|$)/.test(url)) return false;
  return dev || !isPageRequest(request) || !frontCache.lookup(url);
}

/** Bodies up to this size are read to their end before a refusal, so the client sees the answer. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Answers a request the server refuses itself. Answering while the client still sends makes it
 * fail with a broken pipe before it reads the answer; a body of a sane size is read and dropped
 * first, a bigger one is cut off.
 */
function afterBody(request: IncomingMessage, answer: () => void) {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (request.readableEnded || !(declared <= DRAIN_LIMIT_BYTES)) return answer();
  request.on("end", answer).on("error", answer).resume();
}

function refuse(request: IncomingMessage, response: ServerResponse, status: 400 | 411 | 413) {
  const { lang, text } = badRequestText(request.url ?? "/");
  afterBody(request, () => {
    response.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Language": lang,
      Connection: "close",
    });
    response.end(text);
  });
}

/**
 * Reads a body of the declared `length` and puts it back into the request, untouched: Next then
 * reads it as if nothing had happened (the stream has not ended, so it can be "un-read").
 */
function peekBody(request: IncomingMessage, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = () => {
      request.off("readable", read);
      request.off("error", reject);
      const body = Buffer.concat(chunks);
      if (body.byteLength) request.unshift(body);
      resolve(body);
    };
    const read = () => {
      let chunk: Buffer | null;
      while (size < length && (chunk = request.read() as Buffer | null) !== null) {
        chunks.push(chunk);
        size += chunk.byteLength;
      }
      if (size >= length) finish();
    };
    request.on("readable", read);
    request.on("error", reject);
    if (length === 0) finish();
  });
}

async function serve(request: IncomingMessage, response: ServerResponse) {
  const requestId = requestIdOf(request, hops > 0);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  logRequest(request, response, requestId);
  if (isMalformedPath(request.url ?? "/")) return refuse(request, response, 400);
  if (needsAbsentDatabase(request)) {
    const { headers, body } = unavailableAnswer(request.url ?? "/", requestId);
    return afterBody(request, () => {
      response.writeHead(503, headers);
      response.end(request.method === "HEAD" ? undefined : body);
    });
  }
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], hops);
  delete request.headers[CLIENT_IP_HEADER];
  if (address) request.headers[CLIENT_IP_HEADER] = address;
  if (!isActionRequest(request.method, request.headers)) return handle(request, response);
  const declared = Number(request.headers["content-length"]);
  if (!Number.isFinite(declared)) return refuse(request, response, 411);
  if (declared > MAX_ACTION_BODY_BYTES) return refuse(request, response, 413);
  const problem = actionBodyProblem(request.headers["content-type"], await peekBody(request, declared));
  if (problem) return refuse(request, response, problem === "tooLarge" ? 413 : 400);
  return handle(request, response);
}

const server = createServer((request, response) => void serve(request, response));
server.listen(port, () => console.log(`The portal is listening on http://localhost:${port}`));

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  // /api/ready answers 503 from now on: the load balancer sends new requests elsewhere.
  startDraining();
  const started = Date.now();
  // Then the job workers and the database pool, in what is left of the drain time (10 s at least).
  let exiting = false;
  const exit = async () => {
    if (exiting) return;
    exiting = true;
    const failed = await shutDown(Math.max(10_000, DRAIN_MS - (Date.now() - started)));
    if (failed.length) console.error(`Not closed cleanly: ${failed.join(", ")}`);
    process.exit(0);
  };
  server.close(() => void exit());
  server.closeIdleConnections();
  setTimeout(() => void exit(), DRAIN_MS).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
