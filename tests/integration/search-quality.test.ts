// Precision and recall of the project search on a fixed set of twenty queries in seven languages
// (tests/fixtures/search-queries.ts), over the published demo projects, as a reader searches them.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { projectFilterSchema } from "@/lib/projects/filters";
import { listProjects } from "@/lib/projects/queries";
import { PUBLIC } from "@/lib/reads/define";
import type { Locale } from "@/lib/i18n/settings";
import { SEARCH_QUERIES, type Relevance } from "../fixtures/search-queries";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

async function demoProjects() {
  const projects = await db.project.findMany({
    where: { isDemo: true, published: true },
    select: {
      code: true,
      areas: { select: { priorityArea: { select: { slug: true } } } },
      countries: { select: { countryCode: true } },
      title: { select: { translations: { where: { locale: "en" }, select: { value: true } } } },
    },
  });
  return projects.map((project) => ({
    code: project.code,
    areas: project.areas.map((area) => area.priorityArea.slug),
    countries: project.countries.map((country) => country.countryCode),
    titleEn: project.title.translations[0]?.value ?? "",
  }));
}

type Demo = Awaited<ReturnType<typeof demoProjects>>[number];

const isRelevant = (project: Demo, relevant: Relevance) =>
  Boolean(
    relevant.areas?.some((area) => project.areas.includes(area)) ||
    relevant.titleEn?.test(project.titleEn) ||
    relevant.countries?.some((country) => project.countries.includes(country)) ||
    (relevant.codePrefix && project.code.startsWith(relevant.codePrefix)),
  );

async function found(query: string, lng: Locale): Promise<string[]> {
  const codes: string[] = [];
  for (let page = 1; ; page++) {
    const filter = projectFilterSchema.parse({ q: query, page: String(page) });
    const { items, total } = await listProjects(PUBLIC, filter, lng);
    codes.push(...items.map((item) => item.code));
    if (!items.length || codes.length >= total) return codes;
  }
}

describe("project search quality", () => {
  it("finds what twenty queries in seven languages mean, and little else", async () => {
    const demo = await demoProjects();
    const demoCodes = new Set(demo.map((project) => project.code));
    const rows: {
      lng: string;
      query: string;
      meaning: string;
      expected: number;
      returned: number;
      precision: number;
      recall: number;
    }[] = [];
    for (const { lng, query, meaning, relevant } of SEARCH_QUERIES) {
      const expected = new Set(demo.filter((project) => isRelevant(project, relevant)).map((p) => p.code));
      const returned = (await found(query, lng as Locale)).filter((code) => demoCodes.has(code));
      const hits = returned.filter((code) => expected.has(code)).length;
      rows.push({
        lng,
        query,
        meaning,
        expected: expected.size,
        returned: returned.length,
        precision: returned.length ? hits / returned.length : 1,
        recall: expected.size ? hits / expected.size : 1,
      });
    }
    const mean = (key: "precision" | "recall") => rows.reduce((sum, row) => sum + row[key], 0) / rows.length;
    console.table(
      rows.map((row) => ({ ...row, precision: row.precision.toFixed(2), recall: row.recall.toFixed(2) })),
    );
    console.log(
      `search quality: precision ${mean("precision").toFixed(3)}, recall ${mean("recall").toFixed(3)}`,
    );
    expect(rows.every((row) => row.expected > 0)).toBe(true);
    expect(mean("precision")).toBeGreaterThanOrEqual(0.9);
    expect(mean("recall")).toBeGreaterThanOrEqual(0.9);
    // The failures readers met: every water project for Thai น้ำ and Chinese 水资源 (3 and 0 of 18
    // before), and for Burmese ရေ no project about "affairs" (ရေး: 10 of 13 before).
    for (const query of ["น้ำ", "ရေ", "水资源"]) {
      const row = rows.find((entry) => entry.query === query)!;
      expect(row.recall, query).toBe(1);
      expect(row.precision, query).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("finds the same for text typed in decomposed forms, and ranks title matches first", async () => {
    expect(await found("nước".normalize("NFD"), "vi")).toEqual(await found("nước", "vi"));
    expect(await found("น\u0e49\u0e4d\u0e32", "th")).toEqual(await found("น้ำ", "th"));
    const { items } = await listProjects(PUBLIC, projectFilterSchema.parse({ q: "water" }), "en");
    const ranks = items.map((item) => ["title", "text", "named"].indexOf(item.match!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
  });
});
