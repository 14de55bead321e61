// The API's projects and status updates as PostgreSQL writes them (lib/open-data/item-json.ts),
// for data the scale seed does not have: several areas, countries and paragraphs, funding without
// a disbursement, places with and without coordinates, attachments, evidence, a text whose source
// is Lao, drafts, stale and empty wordings. Each text must come out as the rule the rest of the
// API follows in JavaScript (apiText) gives it, in every language and with lang=all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { API_LANGS, apiText, textFor, type ApiLang } from "@/lib/open-data/text";
import { projectDetailSchema, projectSchema, updateSchema } from "@/lib/open-data/schemas";
import { createStatusUpdate } from "@/lib/projects/update-mutations";
import { publicOrigin } from "@/lib/seo/alternates";
import * as projectRoute from "@/app/api/v1/projects/[code]/route";
import { call, json } from "../support/api";
import { createTestProject, updateInput } from "../support/projects";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

const PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const ORIGIN = publicOrigin().origin;

let code: string;
let laoCode: string;

beforeAll(async () => {
  const project = await createTestProject(db, "TH", {
    countries: ["VN", "TH", "KH"],
    areas: ["agriculture-poverty-reduction", "water-resources"],
    paragraphs: ["3-1", "1-1"],
    funding: [
      { source: "lmc_special_fund", currency: "USD", amount: "250000.5", disbursed: "" },
      { source: "national_budget", currency: "THB", amount: "1000000", disbursed: "400000" },
    ],
    locations: [
      { countryCode: "TH", province: "Nong Khai", latitude: "17.8783", longitude: "102.742" },
      { countryCode: "KH", province: "Stung Treng", latitude: "", longitude: "" },
    ],
    actualStart: "2021-04-15",
  });
  code = project.code;
  // Wordings of every kind beside the English source: a draft, a stale one, and an empty one.
  await db.textTranslation.createMany({
    data: [
      { textId: project.titleId, locale: "th", value: "โครงการทดสอบ", status: "draft" },
      { textId: project.titleId, locale: "zh", value: "测试项目", status: "stale" },
      { textId: project.titleId, locale: "km", value: "", status: "draft" },
      { textId: project.summaryId, locale: "vi", value: "Dự án thử nghiệm", status: "reviewed" },
    ],
  });
  const update = await createStatusUpdate.execute(
    { db, actor: null, ip: null, system: "integration tests" },
    updateInput(code, {
      issues: "Flooding delayed the works.",
      evidenceLinks: ["https://example.org/report"],
      attachments: [new File([PDF], "report.pdf")],
    }),
  );
  if (!update.ok) throw new Error(JSON.stringify(update));
  // A project first written in Lao, with no English wording at all.
  const lao = await createTestProject(db, "LA", { locale: "lo", title: "ໂຄງການທົດລອງ", summary: "ສະຫຼຸບ" });
  laoCode = lao.code;
});

const detail = async (lang: ApiLang, projectCode: string) =>
  projectDetailSchema.parse(
    await json(
      await call(projectRoute.GET, `/api/v1/projects/${projectCode}?lang=${lang}`, {
        params: { code: projectCode },
      }),
    ),
  ).data;

describe("a project as the API writes it", () => {
  it("has its lists in their order, its amounts, dates and places as the schema says", async () => {
    const project = projectSchema.parse(await detail("en", code));
    expect(project.countries).toEqual(["TH", "KH", "VN"]);
    // By the areas' order in the plan, not their names.
    expect(project.priorityAreas).toEqual(["water-resources", "agriculture-poverty-reduction"]);
    expect(project.paragraphs).toEqual(["1-1", "3-1"]);
    expect(project.funding).toEqual([
      { source: "lmc_special_fund", currency: "USD", amount: "250000.50", disbursed: null },
      { source: "national_budget", currency: "THB", amount: "1000000.00", disbursed: "400000.00" },
    ]);
    expect(project.locations).toEqual([
      { country: "TH", province: "Nong Khai", latitude: 17.8783, longitude: 102.742 },
      { country: "KH", province: "Stung Treng", latitude: null, longitude: null },
    ]);
    expect([project.plannedStart, project.actualStart, project.actualEnd]).toEqual([
      "2021-03-01",
      "2021-04-15",
      null,
    ]);
    const stored = await db.project.findUniqueOrThrow({ where: { code }, select: { updatedAt: true } });
    expect(project.updatedAt).toBe(stored.updatedAt.toISOString());
    expect(project.links).toEqual({
      self: `${ORIGIN}/api/v1/projects/${code}`,
      page: `${ORIGIN}/en/projects/${code}`,
    });
    expect((await detail("th", code)).links.self).toBe(`${ORIGIN}/api/v1/projects/${code}?lang=th`);
  });

  it("gives every text as the API's fallback rule does, in each language and with lang=all", async () => {
    for (const projectCode of [code, laoCode]) {
      for (const lang of API_LANGS) {
        const stored = await db.project.findUniqueOrThrow({
          where: { code: projectCode },
          select: { title: textFor(lang), summary: textFor(lang) },
        });
        const project = await detail(lang, projectCode);
        expect([project.title, project.summary], `${projectCode} ${lang}`).toEqual([
          apiText(stored.title, lang),
          apiText(stored.summary, lang),
        ]);
      }
    }
    expect((await detail("km", code)).title).toMatchObject({ locale: "en", status: "source" });
    expect((await detail("th", laoCode)).title).toEqual({
      value: "ໂຄງການທົດລອງ",
      locale: "lo",
      status: "source",
    });
  });

  it("has its status updates with their texts, evidence and attachments' public addresses", async () => {
    const { updates } = await detail("en", code);
    expect(updates).toHaveLength(1);
    const update = updateSchema.parse(updates[0]);
    const attachment = await db.attachment.findFirstOrThrow({ where: { updateId: update.id } });
    expect(update).toMatchObject({
      project: code,
      reportedOn: "2023-05-01",
      narrative: { value: "Work continued as planned.", locale: "en", status: "source" },
      milestones: null,
      issues: { value: "Flooding delayed the works.", locale: "en", status: "source" },
      evidenceLinks: ["https://example.org/report"],
      attachments: [
        {
          fileName: "report.pdf",
          mediaType: "application/pdf",
          size: PDF.length,
          url: `${ORIGIN}/api/attachments/${attachment.id}`,
        },
      ],
    });
  });
});
