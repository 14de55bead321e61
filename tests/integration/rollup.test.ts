// The roll-up rule on a fixture plan of its own, so the expected numbers are computed by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { paragraphRollups, sectionRollups } from "@/lib/projects/rollup";
import { PUBLIC } from "@/lib/reads/define";
import { createActor } from "../support/actors";
import { createFixturePlan, linkProject } from "../support/plans";
import { createTestProject } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let planId = "";
let chapterId = "";
let sectionId = "";
let paragraphA = "";
let paragraphB = "";

async function text(value: string) {
  return (
    await db.text.create({
      data: { sourceLocale: "en", translations: { create: { locale: "en", value, status: "source" } } },
    })
  ).id;
}

const link = (projectCode: string, paragraphId: string) => linkProject(db, projectCode, paragraphId);

beforeAll(async () => {
  const plan = await createFixturePlan(db);
  ({ planId, chapterId, sectionId } = plan);
  [paragraphA, paragraphB] = plan.paragraphIds as [string, string];

  const usd = (amount: string) => ({
    funding: [{ source: "lmc_special_fund", currency: "USD", amount, disbursed: "" }],
  });
  const projects = [
    await createTestProject(db, "TH", { status: "ongoing", progress: 50, paragraphs: [], ...usd("100000") }),
    await createTestProject(db, "VN", {
      status: "completed",
      progress: 100,
      paragraphs: [],
      ...usd("300000"),
    }),
    // No dollar funding: weighs as the average of the others (200,000).
    await createTestProject(db, "LA", {
      status: "ongoing",
      progress: 20,
      paragraphs: [],
      funding: [{ source: "national_budget", currency: "LAK", amount: "5000000", disbursed: "" }],
    }),
    // Counted, not in progress: proposed and cancelled.
    await createTestProject(db, "KH", { status: "proposed", progress: 0, paragraphs: [], ...usd("1000000") }),
    await createTestProject(db, "MM", { status: "cancelled", progress: 10, paragraphs: [], ...usd("50000") }),
    // Unpublished: only staff see it.
    await createTestProject(db, "CN", {
      status: "ongoing",
      progress: 90,
      paragraphs: [],
      published: false,
      ...usd("600000"),
    }),
  ];
  for (const project of projects) await link(project.code, paragraphA);
  await link(projects[0]!.code, paragraphB);
});

describe("the progress roll-up", () => {
  it("counts every project and weighs progress by dollar budget, over published projects for the public", async () => {
    const rollup = (await paragraphRollups(PUBLIC, planId)).get(paragraphA)!;
    expect(rollup.count).toBe(5);
    expect(rollup.byStatus).toEqual({
      proposed: 1,
      approved: 0,
      ongoing: 2,
      completed: 1,
      suspended: 0,
      cancelled: 1,
    });
    // (50 × 100,000 + 100 × 300,000 + 20 × 200,000) / 600,000 = 65
    expect(rollup.progress).toBe(65);
  });

  it("includes unpublished projects for staff", async () => {
    const rollup = (await paragraphRollups(await createActor(db, { role: "viewer" }), planId)).get(
      paragraphA,
    )!;
    expect(rollup.count).toBe(6);
    // average of the counted dollar budgets becomes (100k + 300k + 600k) / 3
    const weightLao = (100_000 + 300_000 + 600_000) / 3;
    const expected =
      (50 * 100_000 + 100 * 300_000 + 20 * weightLao + 90 * 600_000) /
      (100_000 + 300_000 + weightLao + 600_000);
    expect(rollup.progress).toBe(Math.round(expected));
  });

  it("rolls up a section and its chapter over the distinct projects of all paragraphs below", async () => {
    const sections = await sectionRollups(PUBLIC, planId);
    expect(sections.get(sectionId)).toEqual((await paragraphRollups(PUBLIC, planId)).get(paragraphA));
    expect(sections.get(chapterId)!.count).toBe(5);
  });

  it("treats equal weights when no project has a dollar budget", async () => {
    const only = await createTestProject(db, "TH", {
      status: "ongoing",
      progress: 30,
      paragraphs: [],
      funding: [],
    });
    const other = await createTestProject(db, "TH", {
      status: "completed",
      progress: 100,
      paragraphs: [],
      funding: [],
    });
    const paragraph = (
      await db.paragraph.create({
        data: { planId, sectionId, citation: "1.1-3", position: 3, bodyId: await text("C") },
      })
    ).id;
    await link(only.code, paragraph);
    await link(other.code, paragraph);
    expect((await paragraphRollups(PUBLIC, planId)).get(paragraph)!.progress).toBe(65);
  });
});
