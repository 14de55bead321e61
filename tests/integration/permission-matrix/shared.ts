// Shared by the permission matrix's rows (./*.ts) and its test (../permission-matrix.test.ts): the
// database, who acts, on which country's records, and the fixtures the rows' inputs are made of.
import { randomUUID } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import type { Actor } from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db/create-client";
import { createActor, createTestUser } from "../../support/actors";
import { linkProject } from "../../support/plans";
import { createTestProject } from "../../support/projects";
import { createTestPeriod, moveReport, run } from "../../support/reports";
import { signOffJointProject } from "@/lib/reports/joint-mutations";

export const db = createPrismaClient(process.env.DATABASE_URL!);

export const WHO = ["admin", "coordinator", "secretariat", "viewer", "anonymous"] as const;
export type Who = (typeof WHO)[number];
export type Relation = "own" | "other";

/** The secretariat actor works for Thailand: "own" targets are Thai, "other" ones Vietnamese. */
export const countryOf = (relation: Relation) => (relation === "own" ? "TH" : "VN");
export const localeOf = (relation: Relation) => (relation === "own" ? "th" : "vi");
export const code = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();
export const everyone = (...who: Who[]) => ({ own: who, other: who });
export const NEW_PASSWORD = "Another-strong-passphrase-58";

/** A projects sheet of one new project of the relation's country (each file different: its hash matters). */
export const importSheet = (relation: Relation) =>
  new File(
    [
      `title.en,summary.en,leadCountry,pillar,approvalYear\nImported ${randomUUID()},From a sheet,${countryOf(relation)},political-security,2024\n`,
    ],
    "projects.csv",
  );

export async function targetUser(relation: Relation, options: { disabled?: boolean } = {}) {
  return createTestUser(db, { role: "secretariat", countryCode: countryOf(relation), ...options });
}

export type Row = {
  allowed: Record<Relation, readonly Who[]>;
  input: (actor: Actor | null, relation: Relation) => Promise<unknown>;
};

/** The contribution of the relation's country in a fresh period, moved to `state`. */
export async function reportRef(relation: Relation, state?: "drafting" | "submitted" | "approved") {
  const period = await createTestPeriod(db);
  const reportId = await period.reportId(countryOf(relation));
  if (state) await moveReport(db, reportId, state);
  const { version } = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
  return { reportId, version };
}

/** A Thai–Vietnamese joint project in a fresh period; the relation's country signs (or has signed). */
export async function jointSignOff(relation: Relation, signed: boolean) {
  const period = await createTestPeriod(db);
  const project = await createTestProject(db, "TH", { paragraphs: [], countries: ["TH", "VN"] });
  await linkProject(db, project.code, period.plan.paragraphIds[0]!);
  const input = { periodId: period.id, projectCode: project.code, countryCode: countryOf(relation) };
  if (signed) await run(db, signOffJointProject, input);
  return input;
}

export async function proposal(relation: Relation) {
  const period = await createTestPeriod(db);
  return {
    periodId: period.id,
    countryCode: countryOf(relation),
    locale: "en",
    title: "Joint flood forecasting exercise",
    summary: "A table-top exercise of the flood forecasting centres.",
    countries: [countryOf(relation), "LA"],
    estimatedBudgetUsd: "250000",
  };
}

export async function actorFor(who: Who): Promise<Actor | null> {
  return who === "anonymous" ? null : createActor(db, { role: who, totp: true });
}
