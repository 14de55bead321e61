// What the translation desk and the public status page read, on the seeded plan and glossary.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { getMeetingTypeNames } from "@/lib/cooperation/queries";
import { getFeaturedPlan } from "@/lib/plan/queries";
import {
  getGlossary,
  getTranslationCoverage,
  getTranslationDetail,
  getWorkspace,
  glossaryFor,
} from "@/lib/translations/queries";
import type { Actor } from "@/lib/auth/permissions";
import { createActor } from "../support/actors";
import { createFixturePlan } from "../support/plans";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

/** An administrator may read every locale's workspace. */
let translator: Promise<Actor> | undefined;
const admin = () => (translator ??= createActor(db, { role: "admin" }));

describe("translation queries", () => {
  it("counts every plan paragraph once per locale: Chinese is the original, the rest translations", async () => {
    const plan = (await getFeaturedPlan("en"))!;
    const coverage = await getTranslationCoverage(plan.id);
    const paragraphs = (locale: string) =>
      coverage.filter((row) => row.kind === "paragraph" && row.locale === locale);
    const total = paragraphs("zh").reduce((sum, row) => sum + row.count, 0);
    expect(total).toBeGreaterThan(50);
    expect(paragraphs("zh")).toEqual([{ locale: "zh", kind: "paragraph", state: "source", count: total }]);
    for (const locale of ["en", "km", "lo", "my", "th", "vi"]) {
      expect(paragraphs(locale).reduce((sum, row) => sum + row.count, 0)).toBe(total);
      expect(paragraphs(locale).some((row) => row.state === "source")).toBe(false);
    }
  });

  it("counts texts with no wording in a locale as missing", async () => {
    const plan = await createFixturePlan(db, { paragraphs: 3 });
    await db.textTranslation.create({
      data: {
        textId: (await db.paragraph.findUniqueOrThrow({ where: { id: plan.paragraphIds[0] } })).bodyId,
        locale: "th",
        value: "ย่อหน้า",
        status: "draft",
      },
    });
    const paragraphs = (await getTranslationCoverage(plan.planId)).filter((row) => row.kind === "paragraph");
    expect(
      paragraphs.filter((row) => row.locale === "th").sort((a, b) => a.state.localeCompare(b.state)),
    ).toEqual([
      { locale: "th", kind: "paragraph", state: "draft", count: 1 },
      { locale: "th", kind: "paragraph", state: "missing", count: 2 },
    ]);
    expect(paragraphs.filter((row) => row.locale === "en")).toEqual([
      { locale: "en", kind: "paragraph", state: "source", count: 3 },
    ]);
  });

  it("lists a section's texts for a locale's translators, with counts per state", async () => {
    const plan = (await getFeaturedPlan("en"))!;
    const workspace = await getWorkspace(
      await admin(),
      "km",
      { kind: "plan", planId: plan.id, section: "4.2.5" },
      "all",
      1,
    );
    expect(workspace.rows[0]).toMatchObject({ kind: "section", ref: "4.2.5", sourceLocale: "zh" });
    expect(
      workspace.rows.slice(1).every((row) => row.kind === "paragraph" && row.ref.startsWith("4.2.5-")),
    ).toBe(true);
    expect(workspace.total).toBe(workspace.rows.length);
    expect(Object.values(workspace.counts).reduce((sum, count) => sum + count, 0)).toBe(workspace.total);
    // Chinese translators have nothing to translate in a Chinese-source plan.
    expect(
      (await getWorkspace(await admin(), "zh", { kind: "plan", planId: plan.id, section: "4.2.5" }, "all", 1))
        .total,
    ).toBe(0);
  });

  it("shows translators the glossary names that occur in the text", async () => {
    const plan = (await getFeaturedPlan("en"))!;
    const [row] = (
      await getWorkspace(await admin(), "th", { kind: "plan", planId: plan.id, section: null }, "all", 1)
    ).rows.filter((candidate) => candidate.source.includes("澜湄合作"));
    expect(row).toBeDefined();
    const detail = (await getTranslationDetail(await admin(), row!.textId, "th"))!;
    const names = glossaryFor(await getGlossary(), detail.sourceLocale, detail.source).map(
      (entry) => entry.ref,
    );
    expect(names.some((ref) => ref.startsWith("cooperation"))).toBe(true);
  });

  it("names meetings with the glossary's agreed wording", async () => {
    expect(await getMeetingTypeNames("zh")).toEqual({ LM: "领导人会议", FMM: "外长会", SOM: "高官会" });
    const glossary = await getGlossary();
    expect(glossary.find((entry) => entry.ref === "meeting-FMM")?.wordings.zh).toEqual({
      value: "外长会",
      status: "reviewed",
    });
  });
});
