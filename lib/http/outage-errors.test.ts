import { createServer, request as httpRequest, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { replaceOutageErrors, type Replacement } from "./outage-errors";

const UNAVAILABLE: Replacement = {
  headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5" },
  body: "<h1>Temporarily unavailable</h1>",
};

let open: Server | undefined;
afterEach(() => open?.close());

/** A server whose "Next" answers with `answer`, behind the wrapper; counts the outage checks. */
async function serverAnswering(answer: (response: ServerResponse) => void, databaseDown: boolean) {
  let checks = 0;
  const server = createServer((_request, response) => {
    response.setHeader("X-Request-Id", "req-1");
    replaceOutageErrors(response, async () => {
      checks++;
      return databaseDown ? UNAVAILABLE : null;
    });
    answer(response);
  });
  open = server;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const get = (method = "GET") =>
    new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      httpRequest({ port, path: "/th/projects?q=x", method }, (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      })
        .on("error", reject)
        .end();
    });
  return { get, checks: () => checks };
}

const errorPage = (response: ServerResponse) => {
  response.statusCode = 500;
  response.setHeader("Content-Type", "text/html");
  response.setHeader("Strict-Transport-Security", "max-age=63072000");
  response.write("<html><body>Something went wrong");
  response.end("</body></html>");
};

const errorPageByWriteHead = (response: ServerResponse) => {
  response.writeHead(500, { "Content-Type": "text/html" });
  response.end("<html><body>Something went wrong</body></html>");
};

describe("a page that failed with 500", () => {
  it("is answered with the translated 503 while the database is down, keeping the request's id", async () => {
    for (const answer of [errorPage, errorPageByWriteHead]) {
      const server = await serverAnswering(answer, true);
      const { status, headers, body } = await server.get();
      expect(status).toBe(503);
      expect(headers["retry-after"]).toBe("5");
      expect(headers["x-request-id"]).toBe("req-1");
      expect(headers["strict-transport-security"]).toBeUndefined();
      expect(body).toBe(UNAVAILABLE.body);
      expect((await server.get("HEAD")).body).toBe("");
      open?.close();
    }
  });

  it("goes out as it was while the database is up", async () => {
    for (const answer of [errorPage, errorPageByWriteHead]) {
      const server = await serverAnswering(answer, false);
      const { status, body } = await server.get();
      expect(status).toBe(500);
      expect(body).toBe("<html><body>Something went wrong</body></html>");
      expect(server.checks()).toBe(1);
      open?.close();
    }
  });

  it("leaves every other answer alone, without asking about the database", async () => {
    const server = await serverAnswering((response) => {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.write("<html>");
      response.end("</html>");
    }, true);
    expect(await server.get()).toMatchObject({ status: 200, body: "<html></html>" });
    expect(server.checks()).toBe(0);
  });
});
