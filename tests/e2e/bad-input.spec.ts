// Malformed input of every kind against every route and every server action of the production
// build, signed out and signed in as an administrator: nothing answers 500, and no answer carries
// internals (stacks, SQL, error class names, file paths). The routes and actions are read from the
// build's own manifests, so a new one is covered the moment it exists.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { signIn } from "./auth-support";
import { expect, test } from "./support";

// playwright.config.ts points NEXT_DIST_DIR at the build under test.
const BUILD = process.env.NEXT_DIST_DIR!;
const manifest = (file: string) => JSON.parse(readFileSync(path.join(BUILD, "server", file), "utf8"));

/** Every page and route handler, as "/[lng]/plan/[section]" (route groups dropped). */
const ROUTES = Object.keys(manifest("app-paths-manifest.json"))
  .filter((route) => !route.startsWith("/_"))
  .map((route) => route.replace(/\/(page|route)$/, "").replace(/\/\([^)]+\)/g, "") || "/");

/** Values for a dynamic segment that no route may choke on. */
const SEGMENTS = [
  "%FF%FE",
  "%00",
  "x".repeat(3000),
  "..%2F..%2Fetc%2Fpasswd",
  "99999999999999999999",
  "'%20OR%201=1--",
];
/** One query string that puts something malformed into every filter the pages read. */
const QUERY = [
  "q=%00%01",
  "page=-1",
  "year=99999",
  "before=99999999999999999999",
  "from=2024-99-99",
  "to=0000-00-00",
  "country=%FF",
  "status=%00",
  "sort=%3Cscript%3E",
  "scope=..%2F",
  "state=nonsense",
  "plan=%00",
  "next=http://127.0.0.1:3999.evil.example/",
  "callbackUrl=http://127.0.0.1:3999.evil.example/",
  "back=javascript:alert(1)",
].join("&");

const INTERNALS =
  /\bat [\w.<>$]+ \(|PrismaClient|Invalid `prisma|\bERR_[A-Z_]{3,}|ECONNREFUSED|SyntaxError|TypeError|RangeError|node_modules\/|\/work\//;

function addresses(): string[] {
  const fill = (route: string, value: string) =>
    route.replace("[lng]", "en").replace(/\[\.{0,3}[^\]]+\]/g, value);
  return ROUTES.flatMap((route) => {
    const plain = fill(route, "x");
    return [plain, `${plain}?${QUERY}`, ...SEGMENTS.map((value) => fill(route, value))];
  }).concat([
    "/%FF",
    "/en/%FF%FE/%C0",
    "/api/auth/error?error=x%00",
    "/api/auth/signin?callbackUrl=http://127.0.0.1:3999.evil.example/",
  ]);
}

async function expectNoFailure(
  request: APIRequestContext,
  method: "GET" | "POST",
  url: string,
  init: Parameters<APIRequestContext["fetch"]>[1] = {},
) {
  const response = await request.fetch(url, {
    method,
    maxRedirects: 0,
    failOnStatusCode: false,
    timeout: 30_000,
    ...init,
  });
  const body = (await response.body()).toString("utf8");
  expect(response.status(), `${method} ${url}`).toBeLessThan(500);
  expect(body.match(INTERNALS)?.[0] ?? null, `${method} ${url}`).toBeNull();
}

/** Bodies a server action may be sent by hand: not JSON, absurdly nested, wrong shapes, control characters. */
const ACTION_BODIES: { contentType: string; body: string | Buffer }[] = [
  { contentType: "text/plain;charset=UTF-8", body: "not json at all" },
  { contentType: "text/plain;charset=UTF-8", body: "[".repeat(100_000) + "]".repeat(100_000) },
  { contentType: "text/plain;charset=UTF-8", body: "[null]" },
  {
    contentType: "text/plain;charset=UTF-8",
    body: JSON.stringify([{ id: "\u0000", version: "x", title: ["a"], countries: "TH" }]),
  },
  { contentType: "text/plain;charset=UTF-8", body: JSON.stringify([[[[[[[[[[{}]]]]]]]]]]) },
  { contentType: "text/plain;charset=UTF-8", body: Buffer.alloc(2 * 1024 * 1024, 97) },
];

function actions(): { id: string; page: string }[] {
  return Object.entries(
    manifest("server-reference-manifest.json").node as Record<string, { workers: Record<string, unknown> }>,
  ).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    return {
      id,
      page: worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace("[lng]", "en")
        .replace(/\[[^\]]+\]/g, "x"),
    };
  });
}

async function sendToActions(request: APIRequestContext, baseURL: string) {
  for (const { id, page } of actions()) {
    for (const { contentType, body } of ACTION_BODIES) {
      await expectNoFailure(request, "POST", page, {
        headers: { "Next-Action": id, "Content-Type": contentType, Origin: baseURL },
        data: body,
      });
    }
  }
}

test.describe.configure({ timeout: 600_000 });

test("no route answers malformed addresses and filters with a 500 or internals, signed out", async ({
  request,
}) => {
  for (const url of addresses()) await expectNoFailure(request, "GET", url);
});

test("no route answers malformed addresses and filters with a 500 or internals, signed in as an administrator", async ({
  page,
}) => {
  await signIn(page, "admin@demo.lmc.invalid", { totp: true });
  for (const url of addresses()) await expectNoFailure(page.request, "GET", url);
});

test("no server action or upload route answers a malformed body with a 500 or internals", async ({
  page,
  baseURL,
}) => {
  await sendToActions(page.request, baseURL!);
  await signIn(page, "admin@demo.lmc.invalid", { totp: true });
  await sendToActions(page.request, baseURL!);
  for (const route of ["/api/status-updates", "/api/translations/import"]) {
    for (const { contentType, body } of ACTION_BODIES) {
      await expectNoFailure(page.request, "POST", route, {
        headers: { "Content-Type": contentType, Origin: baseURL! },
        data: body,
      });
    }
    await expectNoFailure(page.request, "POST", route, {
      headers: { Origin: baseURL! },
      multipart: {
        payload: "{not json",
        attachments: { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF") },
      },
    });
  }
});
