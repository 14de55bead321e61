// The public API's resources beyond the project list (docs/decisions/0026): status updates paged by
// their last change, the plans with their sections and paragraphs, the working groups and meetings,
// and the published report editions with their figures and changes, against the real database.
import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as editionRoute from "@/app/api/v1/editions/[number]/route";
import * as editionsCsvRoute from "@/app/api/v1/editions.csv/route";
import * as editionsRoute from "@/app/api/v1/editions/route";
import * as meetingsCsvRoute from "@/app/api/v1/meetings.csv/route";
import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as paragraphsRoute from "@/app/api/v1/plans/[slug]/paragraphs/route";
import * as sectionsCsvRoute from "@/app/api/v1/plans/[slug]/sections.csv/route";
import * as sectionsRoute from "@/app/api/v1/plans/[slug]/sections/route";
import * as plansRoute from "@/app/api/v1/plans/route";
import * as projectsRoute from "@/app/api/v1/projects/route";
import * as updatesCsvRoute from "@/app/api/v1/updates.csv/route";
import * as updatesRoute from "@/app/api/v1/updates/route";
import * as groupsRoute from "@/app/api/v1/working-groups/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { editionDetailSchema, editionListSchema } from "@/lib/open-data/edition-schemas";
import { paragraphListSchema, planListSchema, sectionListSchema } from "@/lib/open-data/plan-schemas";
import {
  meetingListSchema,
  problemSchema,
  projectListSchema,
  updateListSchema,
  workingGroupListSchema,
} from "@/lib/open-data/schemas";
import { publishEdition } from "@/lib/reports/edition-mutations";
import { address, call, json } from "../support/api";
import { linkProject } from "../support/plans";
import { createTestProject, createTestUpdate } from "../support/projects";
import { createTestPeriod, issueTestEdition, run } from "../support/reports";

process.env.API_RATE_LIMIT = "100000";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const csvRows = async (response: Response) => {
  const bytes = Buffer.from(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<string[]>(bytes.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
};

let project: { code: string; updateId: string };

beforeAll(async () => {
  const created = await createTestProject(db, "KH", { title: `Resources ${randomUUID()}` });
  project = { code: created.code, updateId: (await createTestUpdate(db, created.code)).id };
});

describe("the status update list", () => {
  it("pages by cursor through every published project's update once, while updates change between pages", async () => {
    const ip = address();
    const seen = new Map<string, number>();
    const changed = new Set<string>();
    let url: string | null = "/api/v1/updates?limit=25";
    let pages = 0;
    while (url) {
      const page = updateListSchema.parse(await json(await call(updatesRoute.GET, url, { ip })));
      const order = page.data.map((update) => `${update.updatedAt} ${update.id}`);
      expect(order).toEqual([...order].sort());
      for (const update of page.data) seen.set(update.id, (seen.get(update.id) ?? 0) + 1);
      // Between pages, an update already served is corrected: it comes again at the end, changed.
      if (pages++ < 3 && page.data.length) {
        const served = page.data[0]!.id;
        await db.statusUpdate.update({ where: { id: served }, data: { version: { increment: 1 } } });
        changed.add(served);
      }
      url = page.links.next;
    }
    const published = await db.statusUpdate.findMany({
      where: { project: { published: true } },
      select: { id: true },
    });
    for (const { id } of published) {
      if (changed.has(id)) expect(seen.get(id)).toBe(2);
      else expect(seen.get(id), id).toBe(1);
    }
    expect(seen.size).toBe(published.length);
  });

  it("gives the updates changed since an instant, and filters by project, country, year and status", async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    // As the correction form writes it (updateMany, guarded by the version): the change time follows.
    await db.statusUpdate.updateMany({ where: { id: project.updateId }, data: { progress: 35 } });
    const changed = updateListSchema.parse(
      await json(await call(updatesRoute.GET, `/api/v1/updates?updatedSince=${encodeURIComponent(since)}`)),
    );
    expect(changed.data.map((update) => update.id)).toContain(project.updateId);
    expect(changed.data.every((update) => update.updatedAt >= since)).toBe(true);

    const update = changed.data.find((item) => item.id === project.updateId)!;
    const filtered = updateListSchema.parse(
      await json(
        await call(
          updatesRoute.GET,
          `/api/v1/updates?project=${project.code}&country=KH&year=${update.periodYear}&status=${update.status}&lang=km`,
        ),
      ),
    );
    expect(filtered.data.map((item) => item.id)).toEqual([project.updateId]);
    expect(filtered.meta.count).toBe(1);
    const elsewhere = updateListSchema.parse(
      await json(await call(updatesRoute.GET, `/api/v1/updates?project=${project.code}&country=TH`)),
    );
    expect(elsewhere.data).toEqual([]);
  });

  it("refuses a project that is not published, and a cursor another list issued", async () => {
    const refused = problemSchema.parse(
      await json(await call(updatesRoute.GET, "/api/v1/updates?project=LMC-0000-XX-000&lang=th")),
    );
    expect(refused.status).toBe(400);
    expect(refused.errors?.map((error) => error.parameter)).toEqual(["project"]);
    const projects = projectListSchema.parse(
      await json(await call(projectsRoute.GET, "/api/v1/projects?limit=1")),
    );
    const cursor = new URL(projects.links.next!).searchParams.get("cursor")!;
    const response = await call(updatesRoute.GET, `/api/v1/updates?cursor=${cursor}`);
    expect(response.status).toBe(400);
    expect(problemSchema.parse(await json(response)).errors?.[0]?.parameter).toBe("cursor");
  });

  it("answers as CSV with the JSON fields as columns", async () => {
    const rows = await csvRows(
      await call(updatesCsvRoute.GET, `/api/v1/updates.csv?project=${project.code}`),
    );
    expect(rows[0]).toEqual([
      "id",
      "project",
      "reportedOn",
      "periodYear",
      "status",
      "progress",
      "narrative",
      "milestones",
      "issues",
      "evidenceLinks",
      "attachments",
      "updatedAt",
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual([project.updateId]);
  });
});

describe("the plans", () => {
  it("list the plans in force or ended, never a draft, with links to their sections and paragraphs", async () => {
    const draft = await db.plan.findFirst({ where: { status: "draft" }, select: { slug: true } });
    const body = planListSchema.parse(await json(await call(plansRoute.GET, "/api/v1/plans?lang=zh")));
    const slugs = body.data.map((plan) => plan.slug);
    expect(slugs).toContain("2018-2022");
    if (draft) expect(slugs).not.toContain(draft.slug);
    const plan = body.data.find((item) => item.slug === "2018-2022")!;
    expect(plan.links.sections).toMatch(/\/api\/v1\/plans\/2018-2022\/sections\?lang=zh$/);
    expect(plan.links.page).toMatch(/\/zh\/plan$/);
  });

  it("give a plan's sections in reading order, each with its parent and its paragraphs' citations", async () => {
    const body = sectionListSchema.parse(
      await json(
        await call(sectionsRoute.GET, "/api/v1/plans/2018-2022/sections", { params: { slug: "2018-2022" } }),
      ),
    );
    const stored = await db.section.count({ where: { plan: { slug: "2018-2022" } } });
    expect(body.data).toHaveLength(stored);
    expect(body.data[0]!.level).toBe("chapter");
    const numbers = body.data.map((section) => section.number);
    for (const [index, section] of body.data.entries()) {
      // A parent comes before its children.
      if (section.parent) expect(numbers.indexOf(section.parent)).toBeLessThan(index);
      for (const citation of section.paragraphs) expect(citation.startsWith(`${section.number}-`)).toBe(true);
    }
    const rows = await csvRows(
      await call(sectionsCsvRoute.GET, "/api/v1/plans/2018-2022/sections.csv?lang=th", {
        params: { slug: "2018-2022" },
      }),
    );
    expect(rows.slice(1).map((row) => row[0])).toEqual(numbers);
  });

  it("give every paragraph with its citation, its text in the language asked and where to find its projects", async () => {
    const body = paragraphListSchema.parse(
      await json(
        await call(paragraphsRoute.GET, "/api/v1/plans/2018-2022/paragraphs?lang=all", {
          params: { slug: "2018-2022" },
        }),
      ),
    );
    expect(body.data).toHaveLength(await db.paragraph.count({ where: { plan: { slug: "2018-2022" } } }));
    const first = body.data[0]!;
    expect(Array.isArray(first.text)).toBe(true);
    expect(first.links.projects).toContain(`paragraph=${first.citation}`);
    expect(first.links.page).toContain(`#p-${first.citation}`);
  });

  it("answer 404 for a draft or unknown plan and 400 for a malformed name", async () => {
    const draft = await createTestPeriod(db);
    for (const slug of [draft.plan.slug, "no-such-plan"]) {
      const response = await call(sectionsRoute.GET, `/api/v1/plans/${slug}/sections`, { params: { slug } });
      expect(response.status).toBe(404);
    }
    const bad = await call(paragraphsRoute.GET, "/api/v1/plans/A!/paragraphs", { params: { slug: "A!" } });
    expect(bad.status).toBe(400);
  });
});

describe("the cooperation's working groups and meetings", () => {
  it("are listed in their order, in the language asked, and as CSV", async () => {
    const groups = workingGroupListSchema.parse(
      await json(await call(groupsRoute.GET, "/api/v1/working-groups?lang=lo")),
    );
    expect(groups.data).toHaveLength(await db.workingGroup.count());
    expect(groups.data.map((group) => group.position)).toEqual(
      [...groups.data.map((group) => group.position)].sort((a, b) => a - b),
    );
    const meetings = meetingListSchema.parse(
      await json(await call(meetingsRoute.GET, "/api/v1/meetings?lang=vi")),
    );
    expect(meetings.data).toHaveLength(await db.meeting.count());
    const days = meetings.data.map((meeting) => meeting.startsOn);
    expect(days).toEqual([...days].sort().reverse());
    const rows = await csvRows(await call(meetingsCsvRoute.GET, "/api/v1/meetings.csv"));
    expect(rows[0]).toEqual([
      "type",
      "number",
      "startsOn",
      "format",
      "venue",
      "coChairs",
      "theme",
      "outcomes",
      "sources",
    ]);
    expect(rows).toHaveLength(meetings.data.length + 1);
  });
});

describe("the report editions", () => {
  let published: number;
  let unpublished: number;
  let hiddenCode: string;

  beforeAll(async () => {
    const period = await createTestPeriod(db);
    const hidden = await createTestProject(db, "TH", { published: false, paragraphs: [] });
    hiddenCode = hidden.code;
    for (const code of [project.code, hidden.code]) await linkProject(db, code, period.plan.paragraphIds[0]!);
    published = await issueTestEdition(db, period);
    await run(db, publishEdition, { number: published });
    unpublished = await issueTestEdition(
      db,
      await createTestPeriod(db, { plan: period.plan, year: period.year + 1 }),
    );
  });

  it("list the published editions only, the newest first", async () => {
    const body = editionListSchema.parse(await json(await call(editionsRoute.GET, "/api/v1/editions")));
    const numbers = body.data.map((edition) => edition.number);
    expect(numbers).toContain(published);
    expect(numbers).not.toContain(unpublished);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    const rows = await csvRows(await call(editionsCsvRoute.GET, "/api/v1/editions.csv"));
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual(numbers);
  });

  it("give an edition's public figures and changes, without the projects that were not published", async () => {
    const response = await call(editionRoute.GET, `/api/v1/editions/${published}?lang=km`, {
      params: { number: String(published) },
    });
    const { data } = editionDetailSchema.parse(await json(response));
    expect(data.number).toBe(published);
    // Both projects were frozen; the public counts only the published one.
    expect(data.figures.totals.projects).toBe(1);
    expect("unconfirmed" in data.figures.totals).toBe(false);
    expect(JSON.stringify(data)).not.toContain(hiddenCode);
  });

  it("answer 404 for an edition not yet published and 400 for a number that is none", async () => {
    const hidden = await call(editionRoute.GET, `/api/v1/editions/${unpublished}`, {
      params: { number: String(unpublished) },
    });
    expect(hidden.status).toBe(404);
    const bad = await call(editionRoute.GET, "/api/v1/editions/first", { params: { number: "first" } });
    expect(bad.status).toBe(400);
    expect(problemSchema.parse(await json(bad)).errors?.[0]?.parameter).toBe("number");
  });
});
