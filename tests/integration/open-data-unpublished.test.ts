// The proof that nothing an anonymous reader may not see leaves through the public API: an
// unpublished project (with a status update, frozen into a published report edition), a draft plan
// and an issued but unpublished edition. The walk is built from the table of endpoints itself, so a
// route added to the API is walked without anyone remembering to add it here.
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as bulkCsvRoute from "@/app/api/v1/bulk/projects.csv/route";
import * as bulkJsonRoute from "@/app/api/v1/bulk/projects.jsonl/route";
import * as iatiRoute from "@/app/api/v1/iati/activities.xml/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { endpoints, type Endpoint } from "@/lib/open-data/endpoints";
import { publishEdition } from "@/lib/reports/edition-mutations";
import { address, call, type Handler } from "../support/api";
import { linkProject } from "../support/plans";
import { createTestProject, createTestUpdate } from "../support/projects";
import { createTestPeriod, issueTestEdition, run } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let fixture: {
  hidden: { code: string; marker: string; updateId: string };
  shown: { code: string; updateId: string };
  draftPlan: string;
  publishedEdition: number;
  unpublishedEdition: number;
};

beforeAll(async () => {
  const marker = `Hidden ${randomUUID()}`;
  const hidden = await createTestProject(db, "TH", { title: marker, published: false, paragraphs: [] });
  const hiddenUpdate = await createTestUpdate(db, hidden.code);
  const shown = await createTestProject(db, "LA", { title: `Visible ${randomUUID()}`, paragraphs: [] });
  const shownUpdate = await createTestUpdate(db, shown.code);
  // A published edition that froze both projects, and an issued one nobody published.
  const period = await createTestPeriod(db);
  for (const code of [hidden.code, shown.code]) await linkProject(db, code, period.plan.paragraphIds[0]!);
  const publishedEdition = await issueTestEdition(db, period);
  await run(db, publishEdition, { number: publishedEdition });
  const unpublishedEdition = await issueTestEdition(
    db,
    await createTestPeriod(db, { plan: period.plan, year: period.year + 1 }),
  );
  fixture = {
    hidden: { code: hidden.code, marker, updateId: hiddenUpdate.id },
    shown: { code: shown.code, updateId: shownUpdate.id },
    draftPlan: period.plan.slug,
    publishedEdition,
    unpublishedEdition,
  };
});

/** The route file that serves an endpoint (or its `.csv` address), as Next would load it. */
async function routeOf(endpoint: Endpoint, csv: boolean): Promise<Handler> {
  const directory = endpoint.path.replace(/\{(\w+)\}/g, "[$1]") + (csv ? ".csv" : "");
  const file = join(process.cwd(), "app/api/v1", directory, "route.ts");
  const route = (await import(/* @vite-ignore */ file)) as { GET: Handler };
  return route.GET;
}

/** Every value a path parameter is tried with: one the public may read, one it may not. */
function pathValues(): Record<string, string[]> {
  return {
    code: [fixture.shown.code, fixture.hidden.code],
    slug: ["2018-2022", fixture.draftPlan],
    number: [String(fixture.publishedEdition), String(fixture.unpublishedEdition)],
  };
}

/** Each combination of the endpoint's path parameters. */
function pathsOf(endpoint: Endpoint): Record<string, string>[] {
  const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return names.reduce<Record<string, string>[]>(
    (combinations, name) =>
      combinations.flatMap((combination) =>
        pathValues()[name]!.map((value) => ({ ...combination, [name]: value })),
      ),
    [{}],
  );
}

/** Filters that aim at the hidden data directly, where a list has them. */
function probesOf(endpoint: Endpoint): string[] {
  const shape = endpoint.query.shape as Record<string, unknown>;
  return [
    "",
    ...("country" in shape ? ["country=TH"] : []),
    ...("q" in shape ? [`q=${encodeURIComponent(fixture.hidden.marker)}`] : []),
    ...("project" in shape ? [`project=${fixture.hidden.code}`] : []),
    ...("limit" in shape ? ["limit=1000"] : []),
  ];
}

/** An answer and, for lists, every further page. */
async function everyPage(handler: Handler, url: string, params: Record<string, string>, ip: string) {
  const texts: string[] = [];
  let next: string | null = url;
  while (next) {
    const response = await call(handler, next, { ip, params });
    const text = await response.text();
    texts.push(text);
    next = response.headers.get("content-type")?.startsWith("application/json")
      ? ((JSON.parse(text) as { links?: { next?: string | null } }).links?.next ?? null)
      : null;
  }
  return texts;
}

describe("nothing unpublished", () => {
  it("leaves through any API route, as JSON or CSV, in any language", async () => {
    process.env.API_RATE_LIMIT = "100000";
    const ip = address();
    const texts: string[] = [];
    const walked = new Set<string>();
    for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
      for (const csv of endpoint.csv ? [false, true] : [false]) {
        const handler = await routeOf(endpoint, csv);
        for (const params of pathsOf(endpoint)) {
          const path = endpoint.path.replace(/\{(\w+)\}/g, (_, key: string) => params[key]!);
          for (const lang of ["en", "th", "all"]) {
            for (const probe of probesOf(endpoint)) {
              const query = [`lang=${lang}`, probe].filter(Boolean).join("&");
              texts.push(...(await everyPage(handler, `/api/v1${path}?${query}`, params, ip)));
              walked.add(name);
            }
          }
        }
      }
    }
    expect([...walked].sort()).toEqual(Object.keys(endpoints).sort());
    for (const lang of ["en", "all"]) {
      texts.push(
        await (await call(bulkJsonRoute.GET, `/api/v1/bulk/projects.jsonl?lang=${lang}`, { ip })).text(),
      );
      texts.push(
        await (await call(bulkCsvRoute.GET, `/api/v1/bulk/projects.csv?lang=${lang}`, { ip })).text(),
      );
    }
    for (const query of ["", "?country=TH", `?project=${fixture.hidden.code}`]) {
      texts.push(await (await call(iatiRoute.GET, `/api/v1/iati/activities.xml${query}`, { ip })).text());
    }

    for (const text of texts) {
      expect(text).not.toContain(fixture.hidden.code);
      expect(text).not.toContain(fixture.hidden.marker);
      expect(text).not.toContain(fixture.hidden.updateId);
      expect(text).not.toContain(fixture.draftPlan);
      expect(text).not.toContain(`/editions/${fixture.unpublishedEdition}"`);
    }
    const all = texts.join("");
    for (const visible of [
      fixture.shown.code,
      fixture.shown.updateId,
      `/editions/${fixture.publishedEdition}`,
    ]) {
      expect(all).toContain(visible);
    }
  });
});
