// The OpenAPI document against the API it describes: generated from the zod schemas, it passes an
// OpenAPI linter (Redocly), and real answers of every route validate against it (Ajv, JSON Schema
// 2020-12, which OpenAPI 3.1 uses).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as countriesRoute from "@/app/api/v1/countries/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import * as pillarsRoute from "@/app/api/v1/pillars/route";
import * as areasRoute from "@/app/api/v1/priority-areas/route";
import * as projectRoute from "@/app/api/v1/projects/[code]/route";
import * as projectsRoute from "@/app/api/v1/projects/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { endpoints } from "@/lib/open-data/endpoints";
import { BULK_PATHS, IATI_PATH } from "@/lib/open-data/openapi";
import { createTestProject, createTestUpdate } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Document = { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
let document: Document;
let code: string;

beforeAll(async () => {
  document = (await (await openApiRoute.GET()).json()) as Document;
  const project = await createTestProject(db, "KH", { title: "ទំនប់ទឹក" });
  await createTestUpdate(db, project.code);
  code = project.code;
});

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

function validator(path: string, status: string, media: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: "https://api.test/openapi.json" });
  return ajv.compile({
    $ref: `https://api.test/openapi.json#/${pointer("paths", path, "get", "responses", status, "content", media, "schema")}`,
  });
}

describe("the OpenAPI document", () => {
  it("describes every route, and passes Redocly's linter", () => {
    expect(Object.keys(document.paths).sort()).toEqual(
      [...Object.values(endpoints).map((e) => e.path), IATI_PATH, ...Object.values(BULK_PATHS)].sort(),
    );
    const directory = mkdtempSync(join(tmpdir(), "openapi-"));
    writeFileSync(join(directory, "openapi.json"), JSON.stringify(document));
    const output = execFileSync("node_modules/.bin/redocly", ["lint", join(directory, "openapi.json")], {
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(output).toBe("");
  });

  type Case = [path: string, status: string, run: () => Promise<Response>];
  const request = (url: string) =>
    new Request(new URL(url, "http://localhost:3000"), { headers: { "x-lmc-client-ip": "10.250.0.1" } });
  const cases: Case[] = [
    ["/projects", "200", () => projectsRoute.GET(request("/api/v1/projects?limit=20"))],
    ["/projects", "200", () => projectsRoute.GET(request("/api/v1/projects?limit=20&lang=all&country=KH"))],
    ["/projects", "400", () => projectsRoute.GET(request("/api/v1/projects?limit=-1&country=ZZ"))],
    [
      "/projects/{code}",
      "200",
      () =>
        projectRoute.GET(request(`/api/v1/projects/${code}?lang=km`), { params: Promise.resolve({ code }) }),
    ],
    [
      "/projects/{code}",
      "404",
      () =>
        projectRoute.GET(request("/api/v1/projects/NOPE-1"), { params: Promise.resolve({ code: "NOPE-1" }) }),
    ],
    ["/countries", "200", () => countriesRoute.GET(request("/api/v1/countries?lang=all"))],
    ["/pillars", "200", () => pillarsRoute.GET(request("/api/v1/pillars?lang=zh"))],
    ["/priority-areas", "200", () => areasRoute.GET(request("/api/v1/priority-areas?lang=my"))],
  ];

  it("is strict enough to catch a broken answer", () => {
    const validate = validator("/projects", "200", "application/json");
    expect(validate({ data: [{ code: "X" }], links: { self: "not a url", next: null }, meta: {} })).toBe(
      false,
    );
  });

  it.each(cases)("matches the real answer of %s (%s)", async (path, status, run) => {
    const response = await run();
    expect(String(response.status)).toBe(status);
    const media = status === "200" ? "application/json" : "application/problem+json";
    expect(response.headers.get("content-type")).toContain(media);
    const validate = validator(path, status, media);
    const valid = validate(await response.json());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});
