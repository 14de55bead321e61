// Reporting periods for integration tests, opened and moved along through the real mutations (as
// the command line would, without a session), on a fixture plan of their own.
import type { Db } from "@/lib/db/create-client";
import type { MutationContext } from "@/lib/mutations/define";
import type { MutationResult } from "@/lib/mutations/result";
import { issueEdition } from "@/lib/reports/edition-mutations";
import { openPeriod } from "@/lib/reports/period-mutations";
import {
  approveReport,
  returnReport,
  saveReportNarratives,
  submitReport,
} from "@/lib/reports/report-mutations";
import type { ReportState } from "@/lib/reports/workflow";
import { createFixturePlan, type FixturePlan } from "./plans";

const SYSTEM = "integration tests";

type Runnable<T> = {
  name: string;
  execute: (context: MutationContext, raw: unknown) => Promise<MutationResult<T>>;
};

export async function run<T>(db: Db, mutation: Runnable<T>, input: unknown): Promise<T> {
  const result = await mutation.execute({ db, actor: null, ip: null, system: SYSTEM }, input);
  if (!result.ok) throw new Error(`${mutation.name} failed: ${JSON.stringify(result)}`);
  return result.data;
}

export type TestPeriod = {
  plan: FixturePlan;
  id: string;
  year: number;
  cutOff: string;
  reportId(country: string): Promise<string>;
};

export async function createTestPeriod(
  db: Db,
  { plan, year, cutOff }: { plan?: FixturePlan; year?: number; cutOff?: string } = {},
): Promise<TestPeriod> {
  const fixture = plan ?? (await createFixturePlan(db));
  const periodYear = year ?? fixture.startYear;
  const day = cutOff ?? `${periodYear}-12-31`;
  const { id } = await run(db, openPeriod, {
    plan: fixture.slug,
    year: periodYear,
    cutOff: day,
    dueOn: `${periodYear + 1}-03-31`,
  });
  return {
    plan: fixture,
    id,
    year: periodYear,
    cutOff: day,
    async reportId(country) {
      return (
        await db.countryReport.findUniqueOrThrow({
          where: { periodId_countryCode: { periodId: id, countryCode: country } },
        })
      ).id;
    },
  };
}

const PATHS: Record<Exclude<ReportState, "not_started">, ("save" | "submit" | "return" | "approve")[]> = {
  drafting: ["save"],
  submitted: ["save", "submit"],
  returned: ["save", "submit", "return"],
  approved: ["save", "submit", "approve"],
};

/** Moves a fresh contribution to `state` along the workflow's own transitions. */
export async function moveReport(
  db: Db,
  reportId: string,
  state: Exclude<ReportState, "not_started">,
  narratives: Record<string, string> = { "water-resources": "Narrative written by the tests." },
) {
  for (const step of PATHS[state]) {
    const { version } = await db.countryReport.findUniqueOrThrow({
      where: { id: reportId },
      select: { version: true },
    });
    const ref = { reportId, version };
    if (step === "save") await run(db, saveReportNarratives, { ...ref, locale: "en", narratives });
    if (step === "submit") await run(db, submitReport, ref);
    if (step === "return") await run(db, returnReport, { ...ref, comment: "Please add the 2090 figures." });
    if (step === "approve") await run(db, approveReport, ref);
  }
}

/** Approves every country's contribution and issues the edition; returns its number. */
export async function issueTestEdition(db: Db, period: TestPeriod): Promise<number> {
  const reports = await db.countryReport.findMany({
    where: { periodId: period.id, state: { not: "approved" } },
    select: { id: true },
  });
  for (const report of reports) await moveReport(db, report.id, "approved");
  return (await run(db, issueEdition, { periodId: period.id })).number;
}
