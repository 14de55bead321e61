// What a load balancer and an operator rely on: liveness and readiness, and an id on every
// response (also on a page served from the front cache), different for each request.
import { expect, test } from "./support";

test("health and readiness answer for load balancers, without caching", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "alive" });
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(await ready.json()).toMatchObject({
    status: "ready",
    checks: { database: { ok: true }, migrations: { ok: true } },
  });
});

test("every response carries its own request id, a page from the front cache too", async ({ request }) => {
  const ids = new Set<string>();
  for (let visit = 0; visit < 3; visit++) {
    const page = await request.get("/en/plan");
    expect(page.status()).toBe(200);
    ids.add(page.headers()["x-request-id"]!);
  }
  const api = await request.get("/api/v1/pillars");
  ids.add(api.headers()["x-request-id"]!);
  expect(ids.size).toBe(4);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  // Not from a client that is no trusted proxy.
  const forged = await request.get("/en", { headers: { "X-Request-Id": "forged-0000" } });
  expect(forged.headers()["x-request-id"]).not.toBe("forged-0000");
});
