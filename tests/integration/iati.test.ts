// The IATI activity file (docs/decisions/0027) validated against the official IATI 2.03 schema,
// offline (tests/support/iati-schema.ts), for the demo data and for edge cases, with the rules the
// schema cannot express checked on the file itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as iatiRoute from "@/app/api/v1/iati/activities.xml/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { iatiProblemList } from "@/lib/iati/file";
import { listIatiProblems } from "@/lib/iati/queries";
import { createActor } from "../support/actors";
import { createTestProject } from "../support/projects";
import { iatiSchemaErrors } from "../support/iati-schema";

const db = createPrismaClient(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());

let ip = 0;
async function iatiFile(query = "") {
  const response = await iatiRoute.GET(
    new Request(`http://localhost:3000/api/v1/iati/activities.xml${query}`, {
      headers: { "x-lmc-client-ip": `10.77.0.${++ip}` },
    }),
  );
  return { response, xml: await response.text() };
}

/** Each activity's elements of one name, with their attributes, read with a regular expression (the file is ours). */
const attributes = (xml: string, element: string) =>
  [...xml.matchAll(new RegExp(`<${element} ([^>]*?)/?>`, "g"))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]])),
  );
const activities = (xml: string) => xml.split("<iati-activity ").slice(1);

const edge: Record<string, string> = {};
beforeAll(async () => {
  const seven = await createTestProject(db, "TH", {
    countries: ["TH", "LA", "KH"],
    areas: ["water-resources", "agriculture-poverty-reduction"],
    sdgTargets: ["6.5", "2.3", "13.1"],
    locations: [{ countryCode: "TH", province: "Nong Khai", latitude: "17.878", longitude: "102.742" }],
    funding: [
      { source: "lmc_special_fund", currency: "USD", amount: "500000", disbursed: "250000" },
      { source: "national_budget", currency: "THB", amount: "1000000", disbursed: "" },
    ],
  });
  edge.seven = seven.code;
  // Reviewed wordings in the six other locales.
  const project = await db.project.findUniqueOrThrow({
    where: { code: seven.code },
    select: { titleId: true },
  });
  for (const [locale, value] of Object.entries({
    zh: "水资源",
    km: "ធនធានទឹក",
    lo: "ຊັບພະຍາກອນນ້ຳ",
    my: "ရေအရင်းအမြစ်",
    th: "ทรัพยากรน้ำ",
    vi: "Tài nguyên nước",
  })) {
    await db.textTranslation.create({
      data: {
        textId: project.titleId,
        locale: locale as "zh",
        value,
        status: locale === "vi" ? "draft" : "reviewed",
      },
    });
  }
  edge.unfunded = (await createTestProject(db, "LA", { funding: [] })).code;
  edge.burmese = (
    await createTestProject(db, "MM", { locale: "my", title: "မြစ်ဝှမ်း ရေစီမံခန့်ခွဲမှု", summary: "စမ်းသပ်စီမံကိန်း" })
  ).code;
  edge.undated = (await createTestProject(db, "VN", { plannedStart: "", plannedEnd: "" })).code;
  edge.hidden = (await createTestProject(db, "KH", { published: false })).code;
  // Markup characters and one XML cannot carry (a bell, as pasted from an old system), written past
  // the forms' checks: the file escapes the first and drops the second.
  const markup = await createTestProject(db, "KH", { title: "Dams & \"power\" <lines> 'ok'" });
  edge.markup = markup.code;
  const { titleId } = await db.project.findUniqueOrThrow({
    where: { code: markup.code },
    select: { titleId: true },
  });
  await db.textTranslation.updateMany({
    where: { textId: titleId, status: "source" },
    data: { value: "Dams & \"power\" <lines> 'ok'\u0007" },
  });
});

describe("the IATI activity file", () => {
  it("of everything published validates against the IATI 2.03 schema", async () => {
    const { response, xml } = await iatiFile();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(iatiSchemaErrors(xml)).toEqual([]);
    const published = await db.project.count({ where: { published: true } });
    const refused = (await iatiProblemList()).length;
    expect(activities(xml)).toHaveLength(published - refused);
    expect(xml).not.toContain(edge.hidden);
  });

  it("keeps IATI's rules the schema cannot express", async () => {
    const { xml } = await iatiFile();
    const today = new Date().toISOString().slice(0, 10);
    for (const activity of activities(xml)) {
      const identifier = /<iati-identifier>([^<]+)</.exec(activity)![1]!;
      expect(identifier).not.toMatch(/[/&|?\s]/);
      const countries = attributes(activity, "recipient-country").map((a) => Number(a.percentage));
      if (countries.length) expect(Math.round(countries.reduce((s, p) => s + p, 0) * 100)).toBe(10_000);
      for (const vocabulary of ["8", "99"]) {
        const shares = attributes(activity, "sector")
          .filter((a) => a.vocabulary === vocabulary)
          .map((a) => Number(a.percentage));
        if (shares.length) expect(Math.round(shares.reduce((s, p) => s + p, 0) * 100)).toBe(10_000);
      }
      for (const date of attributes(activity, "activity-date").filter(
        (a) => a.type === "2" || a.type === "4",
      )) {
        expect(date["iso-date"]! <= today).toBe(true);
      }
      for (const date of attributes(activity, "transaction-date"))
        expect(date["iso-date"]! <= today).toBe(true);
    }
  });

  it("gives a project in all seven languages each reviewed wording, and leaves drafts out", async () => {
    const { xml } = await iatiFile(`?project=${edge.seven}`);
    expect(iatiSchemaErrors(xml)).toEqual([]);
    const title = /<title>([\s\S]*?)<\/title>/.exec(xml)![1]!;
    expect(
      attributes(title, "narrative")
        .map((a) => a["xml:lang"])
        .sort(),
    ).toEqual(["en", "km", "lo", "my", "th", "zh"]);
    expect(title).not.toContain("Tài nguyên nước");
    expect(attributes(xml, "recipient-country")).toEqual([
      { code: "TH", percentage: "33.34" },
      { code: "KH", percentage: "33.33" },
      { code: "LA", percentage: "33.33" },
    ]);
    expect(attributes(xml, "transaction-type").map((a) => a.code)).toEqual(["2", "3", "2"]);
    expect(xml).toContain("<pos>17.878 102.742</pos>");
  });

  it("takes a project with no funding, and one titled in Burmese only", async () => {
    for (const code of [edge.unfunded, edge.burmese]) {
      const { xml } = await iatiFile(`?project=${code}`);
      expect(activities(xml)).toHaveLength(1);
      expect(iatiSchemaErrors(xml)).toEqual([]);
    }
    const { xml } = await iatiFile(`?project=${edge.burmese}`);
    expect(xml).toContain('<narrative xml:lang="my">မြစ်ဝှမ်း ရေစီမံခန့်ခွဲမှု</narrative>');
    expect(/<transaction>/.test((await iatiFile(`?project=${edge.unfunded}`)).xml)).toBe(false);
  });

  it("escapes markup in texts and drops characters XML cannot carry", async () => {
    const { xml } = await iatiFile(`?project=${edge.markup}`);
    expect(iatiSchemaErrors(xml)).toEqual([]);
    expect(xml).toContain(
      '<narrative xml:lang="en">Dams &amp; &quot;power&quot; &lt;lines&gt; &apos;ok&apos;</narrative>',
    );
    expect(xml).not.toContain("\u0007");
  });

  it("leaves out a project IATI cannot take, and reports why", async () => {
    const { response } = await iatiFile(`?project=${edge.undated}`);
    expect(response.status).toBe(404);
    const { xml } = await iatiFile(`?country=VN`);
    expect(xml).not.toContain(edge.undated);
    expect(await iatiProblemList({ project: edge.undated })).toEqual([
      { code: edge.undated, problems: ["noDates"] },
    ]);
  });

  it("lists for staff what it leaves out, unpublished projects included, with the reasons", async () => {
    const draft = await createTestProject(db, "TH", { published: false, actualStart: "2999-01-01" });
    const viewer = await createActor(db, { role: "viewer" });
    const listed = await listIatiProblems(viewer);
    expect(listed).toContainEqual({ code: edge.undated, problems: ["noDates"] });
    expect(listed).toContainEqual({ code: draft.code, problems: ["actualDateInFuture"] });
    expect(await listIatiProblems(viewer, edge.seven)).toEqual([]);
  });

  it("per country holds only that country's projects", async () => {
    const { xml } = await iatiFile("?country=LA");
    expect(iatiSchemaErrors(xml)).toEqual([]);
    for (const activity of activities(xml)) {
      expect(attributes(activity, "recipient-country").map((a) => a.code)).toContain("LA");
    }
  });

  it("refuses unknown parameters and countries with a problem", async () => {
    for (const query of ["?country=XX", "?format=csv", "?project=a/b"]) {
      const { response } = await iatiFile(query);
      expect(response.status).toBe(400);
    }
  });
});
