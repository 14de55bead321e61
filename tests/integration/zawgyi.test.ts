// Every form that writes wording catches Burmese typed in Zawgyi, whatever the field's language,
// answers with the Unicode conversion for that field, writes nothing, and keeps the text as typed
// only when the writer confirms it.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { createProject, updateProject } from "@/lib/projects/mutations";
import { createStatusUpdate, editStatusUpdate } from "@/lib/projects/update-mutations";
import { saveReportNarratives } from "@/lib/reports/report-mutations";
import type { MutationResult } from "@/lib/mutations/result";
import { createActor } from "../support/actors";
import { createTestProject, createTestUpdate, projectInput, updateInput } from "../support/projects";
import { createTestPeriod } from "../support/reports";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

// A sentence typed with the Zawgyi encoding (myanmar-tools' corpus), and what it is in Unicode.
const ZAWGYI = "ႏိုင္ငံေတာ္၏အတုိင္ပင္ခံပုဂၢိဳလ္ ေဒၚေအာင္ဆန္းစုၾကည္သည္ ယေန႔နံနက္ပိုင္းတြင္";
const UNICODE_PART = "နိုင်ငံတော်";

function expectZawgyiOffer(result: MutationResult<unknown>, field: string) {
  expect(result).toMatchObject({ ok: false, error: "invalid" });
  const problem = !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
  expect(problem?.key).toBe("validation.zawgyi");
  expect(String(problem?.params?.unicode)).toContain(UNICODE_PART);
}

describe("Burmese typed in Zawgyi", () => {
  it("is caught in a project's title and summary, in the Burmese form and in the English one", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "MM" });
    const context = { db, actor: officer, ip: null };
    // Texts of these two attempts only: other test files create projects at the same time.
    const attempts = { where: { value: { in: [ZAWGYI, "ရေအရင်းအမြစ် စီမံကိန်း"] } } };
    const written = await db.textTranslation.count(attempts);
    const burmese = await createProject.execute(
      context,
      projectInput("MM", { locale: "my", title: "ရေအရင်းအမြစ် စီမံကိန်း", summary: ZAWGYI }),
    );
    expectZawgyiOffer(burmese, "summary");
    const english = await createProject.execute(context, projectInput("MM", { locale: "en", title: ZAWGYI }));
    expectZawgyiOffer(english, "title");
    expect(await db.textTranslation.count(attempts)).toBe(written);

    const kept = await createProject.execute(
      context,
      projectInput("MM", { locale: "my", summary: ZAWGYI, confirmedUnicode: ["summary"] }),
    );
    expect(kept).toMatchObject({ ok: true });

    const project = await createTestProject(db, "MM");
    const renamed = await updateProject.execute(context, {
      ...projectInput("MM", { locale: "my", title: ZAWGYI }),
      code: project.code,
      version: project.version,
    });
    expectZawgyiOffer(renamed, "title");
    expect((await db.project.findUniqueOrThrow({ where: { id: project.id } })).version).toBe(project.version);
  });

  it("is caught in status updates, new and corrected, field by field", async () => {
    const officer = await createActor(db, { role: "secretariat", countryCode: "MM" });
    const context = { db, actor: officer, ip: null };
    const project = await createTestProject(db, "MM");
    const refused = await createStatusUpdate.execute(
      context,
      updateInput(project.code, { locale: "my", narrative: ZAWGYI, issues: ZAWGYI }),
    );
    expectZawgyiOffer(refused, "narrative");
    expectZawgyiOffer(refused, "issues");
    expect(await db.statusUpdate.count({ where: { projectId: project.id } })).toBe(0);

    const update = await createTestUpdate(db, project.code);
    const corrected = await editStatusUpdate.execute(context, {
      ...updateInput(project.code, { milestones: ZAWGYI }),
      id: update.id,
      version: update.version,
    });
    expectZawgyiOffer(corrected, "milestones");
    expect((await db.statusUpdate.findUniqueOrThrow({ where: { id: update.id } })).version).toBe(
      update.version,
    );
  });

  it("is caught in a country report's narratives, named by priority area", async () => {
    const period = await createTestPeriod(db);
    const reportId = await period.reportId("MM");
    const officer = await createActor(db, { role: "secretariat", countryCode: "MM" });
    const { version } = await db.countryReport.findUniqueOrThrow({ where: { id: reportId } });
    const refused = await saveReportNarratives.execute(
      { db, actor: officer, ip: null },
      { reportId, version, locale: "my", narratives: { "water-resources": ZAWGYI } },
    );
    expectZawgyiOffer(refused, "narratives.water-resources");
    expect(await db.reportNarrative.count({ where: { reportId } })).toBe(0);
  });
});
