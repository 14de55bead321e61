// A small round-robin load balancer for trying several instances on one machine (`npm run
// start:cluster`, the load test with --instances 2, the cluster fault tests). In production an
// nginx, HAProxy or the cloud's balancer takes this place (README, docs/decisions/0032); this one
// does what they are configured to do: asks each instance's /api/ready every second and sends
// requests to the ready ones only (to any that answers when none is ready), passes the client's
// address in X-Forwarded-For, and sends a GET or HEAD again to another instance when the one it
// chose refused the connection or dropped it before answering.
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from "node:http";

const PROBE_EVERY_MS = 1_000;
/** Headers that belong to one connection, not to the request (RFC 9110, section 7.6.1). */
const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "te",
  "trailer",
];

type Backend = { origin: URL; ready: boolean };

export type Balancer = {
  origin: string;
  /** Requests each instance answered, by origin. */
  served: Map<string, number>;
  /** Requests answered 502 because no instance could take them. */
  failed(): number;
  close(): Promise<void>;
};

async function probe(backend: Backend): Promise<void> {
  try {
    const response = await fetch(new URL("/api/ready", backend.origin), {
      signal: AbortSignal.timeout(2_000),
    });
    backend.ready = response.ok;
    await response.arrayBuffer();
  } catch {
    backend.ready = false;
  }
}

export async function startBalancer(port: number, origins: string[]): Promise<Balancer> {
  const backends: Backend[] = origins.map((origin) => ({ origin: new URL(origin), ready: false }));
  const served = new Map(origins.map((origin) => [origin, 0]));
  let failures = 0;
  let turn = 0;
  await Promise.all(backends.map(probe));
  const timer = setInterval(() => backends.forEach((backend) => void probe(backend)), PROBE_EVERY_MS);

  /** The instances to try, in turn: the ready ones, or every one when none is (fail open). */
  function candidates(): Backend[] {
    turn++;
    const rotated = backends.map((_, index) => backends[(turn + index) % backends.length]!);
    const ready = rotated.filter((backend) => backend.ready);
    return ready.length ? ready : rotated;
  }

  function send(request: IncomingMessage, response: ServerResponse, body: Buffer | null, tries: Backend[]) {
    const backend = tries[0];
    if (!backend) {
      failures++;
      response.writeHead(502, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5" });
      return void response.end("No instance of the portal could take this request. Try again shortly.");
    }
    const headers = { ...request.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const address = request.socket.remoteAddress ?? "";
    headers["x-forwarded-for"] = [request.headers["x-forwarded-for"], address].filter(Boolean).join(", ");
    headers["x-forwarded-proto"] ??= "http";
    headers.host = request.headers.host ?? backend.origin.host;
    const upstream = forward(
      {
        host: backend.origin.hostname,
        port: backend.origin.port,
        method: request.method,
        path: request.url,
        headers,
      },
      (answer) => {
        served.set(backend.origin.origin, (served.get(backend.origin.origin) ?? 0) + 1);
        const kept = { ...answer.headers };
        for (const name of HOP_BY_HOP) delete kept[name];
        response.writeHead(answer.statusCode ?? 502, kept);
        answer.pipe(response);
        answer.on("error", () => response.destroy());
      },
    );
    upstream.on("error", () => {
      backend.ready = false;
      // Nothing was answered yet: a request without effects (or one whose body we hold) goes to the next.
      if (!response.headersSent && body !== null) return send(request, response, body, tries.slice(1));
      if (!response.headersSent) send(request, response, null, []);
      else response.destroy();
    });
    if (body) upstream.end(body);
    else request.pipe(upstream);
  }

  const idempotent = (method = "GET") => method === "GET" || method === "HEAD";
  const server = createServer((request, response) => {
    // Bodiless reads may be sent again; a write goes to one instance only (never applied twice).
    send(request, response, idempotent(request.method) ? Buffer.alloc(0) : null, candidates());
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    failed: () => failures,
    async close() {
      clearInterval(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
