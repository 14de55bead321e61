// Every read that can return restricted data × every role, against the real database, beside the
// permission matrix of the writes. The rows come from one registry (lib/reads/registry.ts): a read
// added without a row fails the first test. Fixtures: an unpublished Thai project (with an update and
// an attachment) on plans of its own, an issued but unpublished report edition, a published one that
// froze the unpublished project, and a draft plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC } from "@/lib/reads/define";
import { reads } from "@/lib/reads/registry";
import { editionDiff, editionFigures } from "@/lib/reports/edition-queries";
import { projectsRows } from "./read-matrix/projects";
import { reportsRows } from "./read-matrix/reports";
import { adminRows } from "./read-matrix/admin";
import { actors, db, fixture, viewer, WHO, prepareFixture } from "./read-matrix/shared";

beforeAll(prepareFixture);
afterAll(() => db.$disconnect());

const matrix = { ...projectsRows, ...reportsRows, ...adminRows };

/** Next's forbidden() and notFound() throw errors with these digests. */
const digest = (error: unknown) => (error as { digest?: string }).digest ?? "";
const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";
const NOT_FOUND = "NEXT_HTTP_ERROR_FALLBACK;404";

describe("read matrix", () => {
  it("has a row for every read in the registry, and no row for a read that does not exist", () => {
    expect(Object.keys(matrix).sort()).toEqual(reads.map((read) => read.readName).sort());
  });

  it("declares each row's access as the read does", () => {
    for (const read of reads) {
      expect(matrix[read.readName]!.access, read.readName).toBe(
        read.access === "public" ? "public" : "restricted",
      );
    }
  });

  const cases = Object.keys(matrix).flatMap((name) => WHO.map((who) => ({ name, who })));

  it.each(cases)("$name read by $who", async ({ name, who }) => {
    const row = matrix[name]!;
    const attempt = row.call(viewer(who));
    if (row.access === "restricted") {
      if (row.allowed.includes(who)) await expect(attempt).resolves.toBeDefined();
      else await expect(attempt.catch(digest)).resolves.toBe(FORBIDDEN);
      return;
    }
    let result: unknown;
    try {
      result = await attempt;
    } catch (error) {
      // An unpublished edition handed to a public read is "not found" for the public.
      expect(digest(error)).toBe(NOT_FOUND);
      expect(who).toBe("anonymous");
      return;
    }
    const json = JSON.stringify(result) ?? "";
    if (who === "anonymous") {
      expect(await row.reveals(result), "the public sees restricted data").toBe(false);
      expect(json).not.toContain(fixture.marker);
      expect(json).not.toContain(fixture.secretEmail);
      expect(json).not.toMatch(/"(passwordHash|totpSecret|tokenHash|actorEmail)"/);
    } else {
      expect(await row.reveals(result), "staff do not see what they may").toBe(true);
    }
  });

  it("answers a published edition's public reads without its unpublished projects", async () => {
    const staff = actors.get("viewer")!;
    const total = await db.editionProject.count({ where: { editionId: fixture.published.id } });
    const hidden = await db.editionProject.count({
      where: { editionId: fixture.published.id, published: false },
    });
    expect(hidden).toBeGreaterThan(0);
    expect((await editionFigures(PUBLIC, fixture.published)).totals.projects).toBe(total - hidden);
    expect((await editionFigures(staff, fixture.published)).totals.projects).toBe(total);
    // Compared with the previous published edition, the unpublished project never shows as a change.
    expect(JSON.stringify(await editionDiff(PUBLIC, fixture.published, "en"))).not.toContain(
      fixture.hidden.code,
    );
  });
});
