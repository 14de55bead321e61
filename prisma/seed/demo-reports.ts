// The demonstration reporting cycle: the 2018–2021 reports of the 2018–2022 plan approved, issued
// and published (editions 1–4), and the 2022 report under way, every country at a different step.
// Built through the portal's own mutations, so the demo shows exactly what the workflow produces.
import type { Db } from "../../lib/db/create-client";
import type { MutationContext } from "../../lib/mutations/define";
import type { MutationResult } from "../../lib/mutations/result";
import { issueEdition, publishEdition } from "../../lib/reports/edition-mutations";
import { decideProposal, proposeJointProject, signOffJointProject } from "../../lib/reports/joint-mutations";
import { openPeriod } from "../../lib/reports/period-mutations";
import {
  approveReport,
  returnReport,
  saveReportNarratives,
  submitReport,
} from "../../lib/reports/report-mutations";
import { demoNarratives, demoReturnComment } from "./data/demo-reports";

const COUNTRY_NAMES: Record<string, string> = {
  KH: "Cambodia",
  CN: "China",
  LA: "Laos",
  MM: "Myanmar",
  TH: "Thailand",
  VN: "Viet Nam",
};
type Step = "draft" | "submit" | "return" | "approve";

/** Where each country stands in the 2022 report. */
const STEPS_2022: Record<string, Step[]> = {
  KH: ["draft", "submit", "approve"],
  CN: ["draft", "submit"],
  LA: ["draft", "submit", "return"],
  MM: ["draft"],
  TH: [],
  VN: ["draft", "submit"],
};

export async function seedDemoReports(db: Db): Promise<void> {
  const context: MutationContext = { db, actor: null, ip: null, system: "demo seed" };
  const run = async <T>(
    mutation: {
      name: string;
      execute: (context: MutationContext, raw: unknown) => Promise<MutationResult<T>>;
    },
    input: unknown,
  ): Promise<T> => {
    const result = await mutation.execute(context, input);
    if (!result.ok) throw new Error(`demo seed: ${mutation.name} failed: ${JSON.stringify(result)}`);
    return result.data;
  };
  const plan = await db.plan.findUniqueOrThrow({ where: { slug: "2018-2022" }, select: { id: true } });

  const advance = async (periodId: string, year: number, countryCode: string, steps: Step[]) => {
    const report = () =>
      db.countryReport.findUniqueOrThrow({ where: { periodId_countryCode: { periodId, countryCode } } });
    for (const step of steps) {
      const { id: reportId, version } = await report();
      if (step === "draft") {
        const narratives = Object.fromEntries(
          Object.entries(demoNarratives).map(([area, text]) => [
            area,
            text(COUNTRY_NAMES[countryCode]!, year),
          ]),
        );
        await run(saveReportNarratives, { reportId, version, locale: "en", narratives });
      }
      if (step === "submit") await run(submitReport, { reportId, version });
      if (step === "return") await run(returnReport, { reportId, version, comment: demoReturnComment });
      if (step === "approve") await run(approveReport, { reportId, version });
    }
  };

  /** Every participating country signs its joint projects, except those `skip` names. */
  const signJointProjects = async (
    periodId: string,
    year: number,
    skip: (code: string, country: string) => boolean,
  ) => {
    const joint = await db.project.findMany({
      where: {
        approvalYear: { lte: year },
        paragraphs: { some: { paragraph: { planId: plan.id } } },
        countries: { some: {} },
      },
      select: { code: true, countries: { select: { countryCode: true } } },
      orderBy: { code: "asc" },
    });
    for (const project of joint.filter((entry) => entry.countries.length > 1)) {
      for (const { countryCode } of project.countries) {
        if (!skip(project.code, countryCode))
          await run(signOffJointProject, { periodId, projectCode: project.code, countryCode });
      }
    }
  };

  for (const year of [2018, 2019, 2020, 2021]) {
    const { id: periodId } = await run(openPeriod, {
      plan: "2018-2022",
      year,
      cutOff: `${year}-12-31`,
      dueOn: `${year + 1}-03-31`,
    });
    // In 2021 one partner in three is still to sign: those projects show as awaiting signatures.
    await signJointProjects(
      periodId,
      year,
      (code, country) =>
        year === 2021 && (code.charCodeAt(code.length - 1) + country.charCodeAt(0)) % 3 === 0,
    );
    for (const country of Object.keys(COUNTRY_NAMES))
      await advance(periodId, year, country, ["draft", "submit", "approve"]);
    const { number } = await run(issueEdition, { periodId });
    await run(publishEdition, { number });
  }
  // The demo's editions were published before the portal existed: their packs print when first
  // asked for, not all 28 at once on the demo's first start (nor on every test server's).
  await db.briefingPrint.deleteMany({});

  const { id: current } = await run(openPeriod, {
    plan: "2018-2022",
    year: 2022,
    cutOff: "2022-12-31",
    dueOn: "2023-03-31",
  });
  await signJointProjects(current, 2022, (_code, country) => country !== "KH" && country !== "VN");
  for (const [country, steps] of Object.entries(STEPS_2022)) await advance(current, 2022, country, steps);
  const proposals = [
    {
      countryCode: "TH",
      title: "(Demo) Mekong-Lancang flood early-warning drill",
      countries: ["TH", "LA", "KH"],
      estimatedBudgetUsd: "450000",
    },
    {
      countryCode: "VN",
      title: "(Demo) Joint training on Mekong Delta salinity monitoring",
      countries: ["VN", "KH"],
      estimatedBudgetUsd: "320000",
    },
    {
      countryCode: "CN",
      title: "(Demo) Lancang-Mekong youth digital skills camp",
      countries: ["CN", "LA", "MM", "TH"],
      estimatedBudgetUsd: "",
    },
  ];
  for (const [index, proposal] of proposals.entries()) {
    const { id } = await run(proposeJointProject, {
      periodId: current,
      locale: "en",
      summary: "(Demo) A joint project proposed for next year's list.",
      ...proposal,
    });
    if (index === 0) await run(decideProposal, { id, version: 1, decision: "included" });
  }
}
