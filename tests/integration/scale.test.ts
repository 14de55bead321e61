// The synthetic data behind `npm run seed:scale` and the benchmark, on a database of its own so
// that its projects do not change what the other tests count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { seedDemo } from "@/prisma/seed/demo";
import { seedScale } from "@/prisma/seed/scale";
import { withDatabase } from "../../scripts/db/connection";
import { createDatabaseIfMissing, dropDatabase } from "../../scripts/db/database";
import { applyMigrations } from "../../scripts/db/migrations";

const serverUrl = process.env.DATABASE_OWNER_URL!;
const name = `lmc_scale_${process.pid}`;
let db: Db;

beforeAll(async () => {
  await createDatabaseIfMissing(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  await applyMigrations(url);
  db = createPrismaClient(url);
  await seedDemo(db, { demo: false });
  await seedScale(db, { projects: 60, updates: 300 });
  await seedScale(db, { projects: 60, updates: 300 });
});

afterAll(async () => {
  await db?.$disconnect();
  await dropDatabase(serverUrl, name);
});

describe("seedScale", () => {
  it("adds the projects and updates asked for, numbered on from an earlier run", async () => {
    const projects = await db.project.findMany({
      where: { code: { startsWith: "SCALE-" } },
      select: { code: true },
      orderBy: { code: "asc" },
    });
    expect(projects).toHaveLength(120);
    expect(projects[0]!.code).toBe("SCALE-000001");
    expect(projects.at(-1)!.code).toBe("SCALE-000120");
    expect(await db.statusUpdate.count()).toBe(600);
    // Every project gets its share of the updates.
    const perProject = await db.statusUpdate.groupBy({ by: ["projectId"], _count: true });
    expect(perProject).toHaveLength(120);
    expect(new Set(perProject.map((row) => row._count))).toEqual(new Set([5]));
  });

  it("labels them as demo data and leaves every tenth unpublished", async () => {
    expect(await db.project.count({ where: { isDemo: false } })).toBe(0);
    expect(await db.project.count({ where: { published: false } })).toBe(12);
  });

  it("spreads statuses across countries, so that combined filters find something", async () => {
    const combinations = await db.$queryRaw<{ combinations: bigint }[]>`
      SELECT count(DISTINCT (pc."countryCode", p.status)) AS combinations
      FROM "Project" p JOIN "ProjectCountry" pc ON pc."projectId" = p.id`;
    expect(Number(combinations[0]!.combinations)).toBe(36);
  });

  it("links every project to a paragraph, a priority area and a funding line, and fills its search text", async () => {
    expect(await db.project.count({ where: { paragraphs: { none: {} } } })).toBe(0);
    expect(await db.project.count({ where: { areas: { none: {} } } })).toBe(0);
    expect(await db.project.count({ where: { funding: { none: {} } } })).toBe(0);
    const project = await db.project.findUniqueOrThrow({
      where: { code: "SCALE-000042" },
      select: {
        searchText: true,
        title: { select: { translations: { select: { locale: true, value: true } } } },
      },
    });
    expect(project.title.translations.map((translation) => translation.locale).sort()).toEqual(["en", "th"]);
    for (const { value } of project.title.translations)
      expect(project.searchText).toContain(value.toLowerCase());
    expect(project.searchText).toContain("scale-000042");
  });
});
