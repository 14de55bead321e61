// Dashboard and edition figures on a fixed fixture, against totals worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { editionSource, figures, liveSource } from "@/lib/dashboard/figures";
import { visibleProjectsSql } from "@/lib/projects/visibility";
import { PUBLIC } from "@/lib/reads/define";
import { visibleEditionProjectsSql } from "@/lib/reports/visibility";
import { createFixturePlan, linkProject, type FixturePlan } from "../support/plans";
import { createTestProject } from "../support/projects";
import { createTestPeriod, issueTestEdition } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let plan: FixturePlan;
const usd = (amount: string, disbursed = "") => [
  { source: "lmc_special_fund", currency: "USD", amount, disbursed },
];

beforeAll(async () => {
  plan = await createFixturePlan(db);
  // Two phases, as the real plan has: 2090–2091 and 2092–2094.
  const text = async (value: string) =>
    (
      await db.text.create({
        data: { sourceLocale: "en", translations: { create: { locale: "en", value, status: "source" } } },
      })
    ).id;
  await db.planPhase.create({
    data: {
      planId: plan.planId,
      position: 1,
      startYear: 2090,
      endYear: 2091,
      nameId: await text("Phase 1"),
      descriptionId: await text("First"),
    },
  });
  await db.planPhase.create({
    data: {
      planId: plan.planId,
      position: 2,
      startYear: 2092,
      endYear: 2094,
      nameId: await text("Phase 2"),
      descriptionId: await text("Second"),
    },
  });
  const projects = [
    // Overdue: planned to end in 2020 and still ongoing.
    await createTestProject(db, "TH", {
      approvalYear: 2090,
      status: "ongoing",
      progress: 40,
      areas: ["water-resources"],
      funding: usd("100000", "20000"),
      plannedStart: "2019-01-01",
      plannedEnd: "2020-01-01",
    }),
    await createTestProject(db, "VN", {
      approvalYear: 2090,
      status: "completed",
      progress: 100,
      countries: ["VN", "LA"],
      areas: ["water-resources", "connectivity"],
      funding: usd("300000", "300000"),
      plannedEnd: "",
    }),
    // Not counted towards completion, but counted as a project; no dollar funding.
    await createTestProject(db, "LA", {
      approvalYear: 2092,
      status: "proposed",
      progress: 0,
      areas: ["connectivity"],
      funding: [{ source: "national_budget", currency: "LAK", amount: "900000", disbursed: "" }],
      plannedEnd: "",
    }),
    await createTestProject(db, "TH", {
      approvalYear: 2093,
      status: "suspended",
      progress: 10,
      countries: ["TH", "KH"],
      areas: ["customs"],
      funding: usd("50000"),
      plannedEnd: "",
    }),
    // Unpublished: in staff figures only.
    await createTestProject(db, "CN", {
      approvalYear: 2092,
      status: "completed",
      progress: 100,
      published: false,
      areas: ["health"],
      funding: usd("1000000", "500000"),
      plannedEnd: "",
    }),
  ];
  for (const project of projects) await linkProject(db, project.code, plan.paragraphIds[0]!);
});

describe("figures over live projects", () => {
  it("total the published projects of the plan", async () => {
    const result = await figures(liveSource(plan.planId, visibleProjectsSql("public", "p")), {}, plan.planId);
    expect(result.totals).toEqual({
      projects: 4,
      completed: 1,
      // completed ÷ (ongoing + completed + suspended): 1 ÷ 3
      completionRate: 1 / 3,
      committed: 450_000,
      disbursed: 320_000,
      overdue: 1,
      unconfirmed: 0,
    });
    expect(result.byStatus).toEqual({
      proposed: 1,
      approved: 0,
      ongoing: 1,
      completed: 1,
      suspended: 1,
      cancelled: 0,
    });
  });

  it("group by area, country, year and phase, counting a project in each of its areas and countries", async () => {
    const result = await figures(liveSource(plan.planId, visibleProjectsSql("public", "p")), {}, plan.planId);
    expect(result.byArea).toEqual([
      { key: "connectivity", projects: 2, completed: 1, committed: 300_000, progress: 100 },
      { key: "customs", projects: 1, completed: 0, committed: 50_000, progress: 10 },
      { key: "water-resources", projects: 2, completed: 1, committed: 400_000, progress: 70 },
    ]);
    expect(result.byCountry.map((group) => [group.key, group.projects])).toEqual([
      ["KH", 1],
      ["LA", 2],
      ["TH", 2],
      ["VN", 1],
    ]);
    expect(result.byYear.map((group) => [group.key, group.projects, group.committed])).toEqual([
      ["2090", 2, 400_000],
      ["2092", 1, 0],
      ["2093", 1, 50_000],
    ]);
    expect(
      result.byPhase.map((group) => [group.startYear, group.endYear, group.projects, group.completed]),
    ).toEqual([
      [2090, 2091, 2, 1],
      [2092, 2094, 2, 0],
    ]);
  });

  it("follow the filters, and include unpublished projects for staff", async () => {
    const lao = await figures(
      liveSource(plan.planId, visibleProjectsSql("public", "p")),
      { country: "LA" },
      plan.planId,
    );
    expect(lao.totals.projects).toBe(2);
    expect(
      (
        await figures(
          liveSource(plan.planId, visibleProjectsSql("public", "p")),
          { area: "customs", year: 2093 },
          plan.planId,
        )
      ).totals.projects,
    ).toBe(1);
    const staff = await figures(liveSource(plan.planId, visibleProjectsSql("staff", "p")), {}, plan.planId);
    expect(staff.totals).toMatchObject({
      projects: 5,
      completed: 2,
      committed: 1_450_000,
      disbursed: 820_000,
    });
  });
});

describe("figures over an edition", () => {
  it("count the frozen rows the same way, joint projects awaiting signatures included", async () => {
    const period = await createTestPeriod(db, { plan, year: 2093, cutOff: "2093-12-31" });
    const number = await issueTestEdition(db, period);
    const edition = await db.reportEdition.findUniqueOrThrow({ where: { number } });
    const result = await figures(
      editionSource(edition.id, visibleEditionProjectsSql(PUBLIC)),
      {},
      plan.planId,
    );
    // As of the cut-off no project had an update: all four published ones are reported "approved"
    // (the proposed one stays proposed), and the two joint projects lack their signatures.
    expect(result.byStatus).toMatchObject({ proposed: 1, approved: 3, completed: 0 });
    expect(result.totals).toMatchObject({ projects: 4, committed: 450_000, unconfirmed: 2 });
  });
});
