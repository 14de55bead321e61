import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

describe("the demo seed on a fresh database", () => {
  it("holds the plan's structure as numbered in the source", async () => {
    const plan = await db.plan.findUniqueOrThrow({
      where: { slug: "2018-2022" },
      include: { sections: true, phases: true },
    });
    expect(plan.sections).toHaveLength(17);
    expect(plan.phases.map((phase) => [phase.startYear, phase.endYear])).toEqual([
      [2018, 2019],
      [2020, 2022],
    ]);
    expect(plan.sections.filter((section) => section.textEndsHere).map((section) => section.number)).toEqual([
      "4.2.7",
    ]);
    expect(await db.paragraph.count({ where: { planId: plan.id } })).toBe(55);
  });

  it("keeps the Chinese source verbatim and every paragraph in all seven locales", async () => {
    const paragraph = await db.paragraph.findFirstOrThrow({
      where: { citation: "4.2.6-3", plan: { slug: "2018-2022" } },
      include: { body: { include: { translations: true } } },
    });
    expect(paragraph.body.sourceLocale).toBe("zh");
    const zh = paragraph.body.translations.find((t) => t.locale === "zh")!;
    expect(zh).toMatchObject({ value: "举办澜湄合作村长论坛。", status: "source" });
    expect(paragraph.body.translations.map((t) => t.locale).sort()).toEqual([
      "en",
      "km",
      "lo",
      "my",
      "th",
      "vi",
      "zh",
    ]);
    expect(
      paragraph.body.translations.filter((t) => t.locale !== "zh").every((t) => t.status === "draft"),
    ).toBe(true);

    const incomplete = await db.paragraph.count({
      // Other tests add fixture plans of their own: this is about the seeded plan.
      where: { plan: { slug: "2018-2022" }, body: { translations: { none: { locale: "km" } } } },
    });
    expect(incomplete).toBe(0);
  });

  it("gives every text exactly one source wording, in its source locale", async () => {
    const rows = await db.$queryRaw<{ problems: bigint }[]>`
      SELECT count(*) AS problems FROM "Text" t
      WHERE (SELECT count(*) FROM "TextTranslation" tt
             WHERE tt."textId" = t.id AND tt.status = 'source' AND tt.locale = t."sourceLocale") <> 1
         OR EXISTS (SELECT 1 FROM "TextTranslation" tt
                    WHERE tt."textId" = t.id AND tt.status = 'source' AND tt.locale <> t."sourceLocale")`;
    expect(Number(rows[0]!.problems)).toBe(0);
  });

  it("seeds the real meetings and the six countries with their observed names", async () => {
    const csvRows = readFileSync("prisma/seed/data/meetings.csv", "utf8").trim().split("\n").length - 1;
    expect(await db.meeting.count()).toBe(csvRows);
    const lm2 = await db.meeting.findUniqueOrThrow({ where: { type_number: { type: "LM", number: 2 } } });
    expect(lm2.startsOn.toISOString().slice(0, 10)).toBe("2018-01-10");
    const countries = await db.country.findMany({
      orderBy: { position: "asc" },
      include: { name: { include: { translations: { where: { locale: "th" } } } } },
    });
    expect(countries.map((country) => country.code)).toEqual(["KH", "CN", "LA", "MM", "TH", "VN"]);
    expect(countries.find((country) => country.code === "LA")!.name.translations[0]!.value).toBe("ลาว");
  });

  it("names the cooperation Mekong-first for Mekong readers and Lancang-first in Chinese", async () => {
    const term = await db.term.findUniqueOrThrow({
      where: { key: "cooperation-name" },
      include: { text: { include: { translations: true } } },
    });
    const value = (locale: string) => term.text.translations.find((t) => t.locale === locale)?.value;
    expect(value("th")).toBe("กรอบความร่วมมือแม่โขง-ล้านช้าง");
    expect(value("vi")).toBe("Hợp tác Mekong - Lan Thương");
    expect(value("zh")).toBe("澜沧江-湄公河合作");
    expect(value("en")).toBe("Lancang-Mekong Cooperation");
  });

  it("runs the demo reporting cycle: four published editions, and the 2022 report at every step", async () => {
    const plan = { slug: "2018-2022" };
    const editions = await db.reportEdition.findMany({
      where: { period: { plan } },
      orderBy: { number: "asc" },
      include: { period: true, _count: { select: { projects: true, narratives: true } } },
    });
    expect(editions.map((edition) => [edition.period.year, edition.publishedAt !== null])).toEqual([
      [2018, true],
      [2019, true],
      [2020, true],
      [2021, true],
    ]);
    for (const edition of editions) expect(edition._count.narratives).toBe(30);
    expect(editions.at(-1)!._count.projects).toBeGreaterThan(editions[0]!._count.projects);
    const current = await db.countryReport.findMany({
      where: { period: { plan, year: 2022 } },
      select: { countryCode: true, state: true },
    });
    expect(Object.fromEntries(current.map((report) => [report.countryCode, report.state]))).toEqual({
      KH: "approved",
      CN: "submitted",
      LA: "returned",
      MM: "drafting",
      TH: "not_started",
      VN: "submitted",
    });
    expect(await db.jointProposal.count({ where: { period: { plan, year: 2022 } } })).toBe(3);
  });
});
