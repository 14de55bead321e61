// Projects for integration tests, created through the real mutation (as the command line would).
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/create-client";
import { createProject } from "@/lib/projects/mutations";
import { createStatusUpdate } from "@/lib/projects/update-mutations";

export function projectInput(country: string, overrides: Record<string, unknown> = {}) {
  return {
    locale: "en",
    title: `Test project ${randomUUID().slice(0, 8)}`,
    summary: "A project made by the integration tests.",
    pillar: "economic-sustainable-development",
    areas: ["water-resources"],
    paragraphs: ["4.2.5-3"],
    leadCountryCode: country,
    countries: [country],
    implementingAgencies: "Test agency",
    funding: [{ source: "lmc_special_fund", currency: "USD", amount: "100000", disbursed: "" }],
    approvalYear: 2021,
    batch: "",
    plannedStart: "2021-03-01",
    plannedEnd: "2022-03-01",
    actualStart: "",
    actualEnd: "",
    status: "ongoing",
    progress: 40,
    sdgTargets: ["6.5"],
    locations: [],
    contactName: "",
    contactEmail: "",
    published: true,
    ...overrides,
  };
}

const SYSTEM = "integration tests";

export async function createTestProject(db: Db, country: string, overrides: Record<string, unknown> = {}) {
  const result = await createProject.execute(
    { db, actor: null, ip: null, system: SYSTEM },
    projectInput(country, overrides),
  );
  if (!result.ok) throw new Error(`test project not created: ${JSON.stringify(result)}`);
  return db.project.findUniqueOrThrow({ where: { code: result.data.code } });
}

export function updateInput(projectCode: string, overrides: Record<string, unknown> = {}) {
  return {
    projectCode,
    locale: "en",
    reportedOn: "2023-05-01",
    periodYear: 2023,
    status: "ongoing",
    progress: 55,
    narrative: "Work continued as planned.",
    milestones: "",
    issues: "",
    evidenceLinks: [],
    attachments: [],
    ...overrides,
  };
}

export async function createTestUpdate(db: Db, projectCode: string) {
  const result = await createStatusUpdate.execute(
    { db, actor: null, ip: null, system: SYSTEM },
    updateInput(projectCode),
  );
  if (!result.ok) throw new Error(`test update not created: ${JSON.stringify(result)}`);
  return db.statusUpdate.findUniqueOrThrow({ where: { id: result.data.id } });
}
