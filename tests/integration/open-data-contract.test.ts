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
import * as editionRoute from "@/app/api/v1/editions/[number]/route";
import * as editionsRoute from "@/app/api/v1/editions/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import * as pillarsRoute from "@/app/api/v1/pillars/route";
import * as paragraphsRoute from "@/app/api/v1/plans/[slug]/paragraphs/route";
import * as sectionsRoute from "@/app/api/v1/plans/[slug]/sections/route";
import * as plansRoute from "@/app/api/v1/plans/route";
import * as areasRoute from "@/app/api/v1/priority-areas/route";
import * as projectRoute from "@/app/api/v1/projects/[code]/route";
import * as projectsRoute from "@/app/api/v1/projects/route";
import * as updatesRoute from "@/app/api/v1/updates/route";
import * as groupsRoute from "@/app/api/v1/working-groups/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { endpoints } from "@/lib/open-data/endpoints";
import { BULK_PATHS, IATI_PATH } from "@/lib/open-data/openapi";
import { linkProject } from "../support/plans";
import { createTestProject, createTestUpdate } from "../support/projects";
import { createTestPeriod, issueTestEdition, run } from "../support/reports";
import { publishEdition } from "@/lib/reports/edition-mutations";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

type Document = { paths: Record<string, { get: { responses: Record<string, unknown> } }> };
let document: Document;
let code: string;
let edition: number;

beforeAll(async () => {
  document = (await (await openApiRoute.GET()).json()) as Document;
  const project = await createTestProject(db, "KH", { title: "ទំនប់ទឹក" });
  await createTestUpdate(db, project.code);
  code = project.code;
  // Two published editions, so the second has changes to show.
  const first = await createTestPeriod(db);
  await linkProject(db, code, first.plan.paragraphIds[0]!);
  await run(db, publishEdition, { number: await issueTestEdition(db, first) });
  const later = await createTestProject(db, "TH", { title: "Later", paragraphs: [] });
  await linkProject(db, later.code, first.plan.paragraphIds[0]!);
  edition = await issueTestEdition(
    db,
    await createTestPeriod(db, { plan: first.plan, year: first.year + 1 }),
  );
  await run(db, publishEdition, { number: edition });
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
    ["/updates", "200", () => updatesRoute.GET(request("/api/v1/updates?limit=50&lang=all"))],
    ["/updates", "400", () => updatesRoute.GET(request("/api/v1/updates?project=x&status=done"))],
    ["/plans", "200", () => plansRoute.GET(request("/api/v1/plans?lang=all"))],
    ...(["sections", "paragraphs"] as const).flatMap((list): Case[] => {
      const route = list === "sections" ? sectionsRoute : paragraphsRoute;
      const path = `/plans/{slug}/${list}`;
      const get = (slug: string, lang: string) =>
        route.GET(request(`/api/v1/plans/${slug}/${list}?lang=${lang}`), {
          params: Promise.resolve({ slug }),
        });
      return [
        [path, "200", () => get("2018-2022", "th")],
        [path, "200", () => get("2018-2022", "all")],
        [path, "404", () => get("no-such-plan", "en")],
      ];
    }),
    ["/working-groups", "200", () => groupsRoute.GET(request("/api/v1/working-groups?lang=km"))],
    ["/meetings", "200", () => meetingsRoute.GET(request("/api/v1/meetings?lang=all"))],
    ["/editions", "200", () => editionsRoute.GET(request("/api/v1/editions"))],
    [
      "/editions/{number}",
      "200",
      () =>
        editionRoute.GET(request(`/api/v1/editions/${edition}?lang=all`), {
          params: Promise.resolve({ number: String(edition) }),
        }),
    ],
    [
      "/editions/{number}",
      "404",
      () =>
        editionRoute.GET(request("/api/v1/editions/999999"), {
          params: Promise.resolve({ number: "999999" }),
        }),
    ],
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
