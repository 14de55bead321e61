// The public API (docs/decisions/0026) against the real database: its envelope and schemas, keyset
// paging while data changes, conditional requests, CSV, refused parameters in the client's
// language, the rate limit, and the proof that nothing unpublished ever leaves through it.
import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as bulkCsvRoute from "@/app/api/v1/bulk/projects.csv/route";
import * as bulkJsonRoute from "@/app/api/v1/bulk/projects.jsonl/route";
import * as countriesRoute from "@/app/api/v1/countries/route";
import * as pillarsRoute from "@/app/api/v1/pillars/route";
import * as areasRoute from "@/app/api/v1/priority-areas/route";
import * as projectRoute from "@/app/api/v1/projects/[code]/route";
import * as projectsCsvRoute from "@/app/api/v1/projects.csv/route";
import * as projectsRoute from "@/app/api/v1/projects/route";
import { createPrismaClient } from "@/lib/db/create-client";
import {
  countryListSchema,
  pillarListSchema,
  priorityAreaListSchema,
  problemSchema,
  projectSchema,
  projectDetailSchema,
  projectListSchema,
} from "@/lib/open-data/schemas";
import thApi from "@/locales/th/api.json";
import { address, call, json } from "../support/api";
import { createTestProject, createTestUpdate } from "../support/projects";

process.env.API_RATE_LIMIT = "40";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let hidden: { code: string; marker: string };
let shown: { code: string; marker: string };

beforeAll(async () => {
  const marker = `Hidden ${randomUUID()}`;
  const secret = await createTestProject(db, "TH", { title: marker, published: false });
  await createTestUpdate(db, secret.code);
  hidden = { code: secret.code, marker };
  const visibleMarker = `Visible ${randomUUID()}`;
  const open = await createTestProject(db, "LA", { title: visibleMarker });
  await createTestUpdate(db, open.code);
  shown = { code: open.code, marker: visibleMarker };
});

describe("the public API's project list", () => {
  it("answers in the frozen envelope, every item as the OpenAPI schema says", async () => {
    const response = await call(projectsRoute.GET, "/api/v1/projects?limit=5&country=LA");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    const body = projectListSchema.parse(await json(response));
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.length).toBeLessThanOrEqual(5);
    expect(body.data.every((project) => project.countries.includes("LA"))).toBe(true);
    expect(body.meta.count).toBeGreaterThanOrEqual(body.data.length);
    const order = body.data.map((project) => `${project.updatedAt} ${project.code}`);
    expect(order).toEqual([...order].sort());
  });

  it("pages by cursor through every published project once, while projects change between pages", async () => {
    const ip = address();
    const seen = new Map<string, number>();
    const changed = new Set<string>();
    let url: string | null = "/api/v1/projects?limit=7";
    let pages = 0;
    while (url) {
      const response = await call(projectsRoute.GET, url, { ip: `${ip}` });
      const page = projectListSchema.parse(await json(response));
      for (const project of page.data) seen.set(project.code, (seen.get(project.code) ?? 0) + 1);
      // Between pages, someone changes a project already served and one not yet served.
      if (pages++ < 3 && page.data.length) {
        const served = page.data[0]!.code;
        const ahead = await db.project.findFirst({
          where: { published: true, code: { notIn: [...seen.keys()] } },
          select: { code: true },
        });
        for (const code of [served, ahead?.code].filter(Boolean) as string[]) {
          await db.project.update({
            where: { code },
            data: { progress: { increment: 0 }, updatedAt: new Date() },
          });
          changed.add(code);
        }
      }
      url = page.links.next;
    }
    const published = await db.project.findMany({ where: { published: true }, select: { code: true } });
    for (const { code } of published) {
      const times = seen.get(code) ?? 0;
      // A project changed after it was served comes again, with its change; any other exactly once.
      if (changed.has(code)) expect(times).toBeGreaterThanOrEqual(1);
      else expect(times, code).toBe(1);
    }
    expect(seen.size).toBe(published.length);
  });

  it("gives only what changed since an instant", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    await db.project.update({ where: { code: shown.code }, data: { updatedAt: new Date() } });
    const body = projectListSchema.parse(
      await json(await call(projectsRoute.GET, `/api/v1/projects?updatedSince=${encodeURIComponent(since)}`)),
    );
    expect(body.data.map((project) => project.code)).toContain(shown.code);
    expect(body.data.every((project) => project.updatedAt >= since)).toBe(true);
  });

  it("answers 304 to a client that holds the current version", async () => {
    const ip = address();
    const first = await call(projectsRoute.GET, "/api/v1/projects?limit=3", { ip });
    const etag = first.headers.get("etag")!;
    const again = await call(projectsRoute.GET, "/api/v1/projects?limit=3", {
      ip,
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
  });

  it("finds projects by words in any language and shows texts in the language asked, saying which", async () => {
    const body = projectListSchema.parse(
      await json(
        await call(projectsRoute.GET, `/api/v1/projects?q=${encodeURIComponent(shown.marker)}&lang=th`),
      ),
    );
    expect(body.data.map((project) => project.code)).toEqual([shown.code]);
    // Written in English only: the Thai reader gets the English wording, marked as such.
    expect(body.data[0]!.title).toEqual({ value: shown.marker, locale: "en", status: "source" });
    const all = projectListSchema.parse(
      await json(
        await call(projectsRoute.GET, `/api/v1/projects?q=${encodeURIComponent(shown.marker)}&lang=all`),
      ),
    );
    expect(all.data[0]!.title).toEqual([{ value: shown.marker, locale: "en", status: "source" }]);
  });
});

describe("the public API as CSV", () => {
  it("has the JSON fields as columns, a BOM, and formula-like text neutralised", async () => {
    const formula = `=HYPERLINK("http://evil.example","${randomUUID()}")`;
    const project = await createTestProject(db, "VN", { title: formula });
    const response = await call(projectsCsvRoute.GET, `/api/v1/projects.csv?country=VN&limit=1000`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await response.arrayBuffer());
    // Response.text() would drop the byte-order mark: the bytes show it is there.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.startsWith("\uFEFFcode,title,title.locale,title.status,summary")).toBe(true);
    expect(text).toContain(project.code);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const negotiated = await call(projectsRoute.GET, "/api/v1/projects?country=VN", {
      headers: { accept: "text/csv" },
    });
    expect(negotiated.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  });

  it("refuses CSV where only JSON is offered (406)", async () => {
    const response = await call(projectRoute.GET, `/api/v1/projects/${shown.code}`, {
      params: { code: shown.code },
      headers: { accept: "text/csv" },
    });
    expect(response.status).toBe(406);
  });
});

describe("the bulk download", () => {
  it("streams every published project once, as JSON Lines and as CSV with the list's columns", async () => {
    const published = await db.project.count({ where: { published: true } });
    const lines = (await (await call(bulkJsonRoute.GET, "/api/v1/bulk/projects.jsonl")).text())
      .trim()
      .split("\n");
    const projects = lines.map((line) => projectSchema.parse(JSON.parse(line)));
    expect(new Set(projects.map((project) => project.code)).size).toBe(published);
    expect(projects).toHaveLength(published);
    const csv = Buffer.from(await (await call(bulkCsvRoute.GET, "/api/v1/bulk/projects.csv")).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const listCsv = (await (await call(projectsCsvRoute.GET, "/api/v1/projects.csv?limit=1")).text()).split(
      "\r\n",
    )[0];
    const rows = Papa.parse<string[]>(csv.toString("utf8").replace(/^\uFEFF/, ""), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]!.join(",")).toBe(listCsv!.replace(/^\uFEFF/, ""));
    expect(rows).toHaveLength(published + 1);
  });
});

describe("a refused request", () => {
  it.each([
    ["limit=100000", "limit"],
    ["limit=0", "limit"],
    ["cursor=" + Buffer.from('{"offset":5000}').toString("base64url"), "cursor"],
    ["updatedSince=yesterday", "updatedSince"],
    ["country=XX", "country"],
    ["area=no-such-area", "area"],
    ["paragraph=99.9-9", "paragraph"],
    ["status=finished", "status"],
    ["year=1999", "year"],
    ["contry=TH", "contry"],
    ["lang=fr", "lang"],
    ["q=water%00", "q"],
    ["country=TH&country=LA", "country"],
  ])("%s: 400 with a problem naming the parameter", async (query, parameter) => {
    const response = await call(projectsRoute.GET, `/api/v1/projects?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = problemSchema.parse(await json(response));
    expect(body.status).toBe(400);
    expect(body.errors?.map((error) => error.parameter)).toContain(parameter);
    expect(JSON.stringify(body)).not.toMatch(/prisma|stack|at \/|zod/i);
  });

  it("is explained in the language asked", async () => {
    const response = await call(projectsRoute.GET, "/api/v1/projects?lang=th&limit=100000");
    const body = problemSchema.parse(await json(response));
    expect(response.headers.get("content-language")).toBe("th");
    expect(body.title).toBe(thApi.problem.badRequest);
    expect(body.errors).toEqual([{ parameter: "limit", detail: thApi.param.limit }]);
  });

  it("for a project that is not there, or not published, is 404", async () => {
    for (const code of ["LMC-0000-XX-000", hidden.code]) {
      const response = await call(projectRoute.GET, `/api/v1/projects/${code}`, { params: { code } });
      expect(response.status).toBe(404);
      problemSchema.parse(await json(response));
    }
  });

  it("over the rate limit is 429 with Retry-After", async () => {
    const ip = address();
    const statuses: number[] = [];
    for (let index = 0; index < 41; index++) {
      statuses.push((await call(countriesRoute.GET, "/api/v1/countries", { ip })).status);
    }
    expect(statuses.slice(0, 40).every((status) => status === 200)).toBe(true);
    const refused = await call(countriesRoute.GET, "/api/v1/countries", { ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
  });
});

describe("the public API's other resources", () => {
  it("give a published project with its updates, and the reference lists", async () => {
    const detail = projectDetailSchema.parse(
      await json(
        await call(projectRoute.GET, `/api/v1/projects/${shown.code}`, { params: { code: shown.code } }),
      ),
    );
    expect(detail.data.code).toBe(shown.code);
    expect(detail.data.updates).toHaveLength(1);
    expect(
      countryListSchema.parse(await json(await call(countriesRoute.GET, "/api/v1/countries?lang=km"))).data,
    ).toHaveLength(6);
    expect(
      pillarListSchema.parse(await json(await call(pillarsRoute.GET, "/api/v1/pillars"))).data.length,
    ).toBeGreaterThan(0);
    expect(
      priorityAreaListSchema.parse(await json(await call(areasRoute.GET, "/api/v1/priority-areas?lang=all")))
        .data.length,
    ).toBeGreaterThan(0);
  });
});
