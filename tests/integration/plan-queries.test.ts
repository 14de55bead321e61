import { describe, expect, it } from "vitest";
import { getMeetings, getPriorityArea, getTerm } from "@/lib/cooperation/queries";
import { getFeaturedPlan, getParagraphs, getPlanOutline } from "@/lib/plan/queries";

describe("plan queries", () => {
  it("lead with the 2018–2022 plan and know where its text breaks off", async () => {
    const plan = await getFeaturedPlan("th");
    expect(plan).toMatchObject({ slug: "2018-2022", status: "ended", textEndsIn: "4.2.7" });
    expect(plan!.title).toMatchObject({ locale: "th", status: "draft", isFallback: false });
    expect(plan!.adoptedAt).toMatchObject({ type: "LM", number: 2 });
  });

  it("return the outline depth first, in the plan's order", async () => {
    const plan = (await getFeaturedPlan("en"))!;
    const outline = await getPlanOutline(plan.id, "en");
    expect(outline.map((section) => section.number)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "4.1",
      "4.1.1",
      "4.1.2",
      "4.1.3",
      "4.1.4",
      "4.2",
      "4.2.1",
      "4.2.2",
      "4.2.3",
      "4.2.4",
      "4.2.5",
      "4.2.6",
      "4.2.7",
    ]);
    expect(outline.find((section) => section.number === "4.2.5")!.priorityArea?.slug).toBe("water-resources");
  });

  it("show Chinese readers the source and others their draft, paragraph by paragraph", async () => {
    const plan = (await getFeaturedPlan("zh"))!;
    const outline = await getPlanOutline(plan.id, "zh");
    const water = outline.find((section) => section.number === "4.2.5")!;
    const [zh, km] = await Promise.all([
      getParagraphs(plan.id, [water.id], "zh"),
      getParagraphs(plan.id, [water.id], "km"),
    ]);
    expect(zh.map((p) => p.citation)).toEqual([
      "4.2.5-1",
      "4.2.5-2",
      "4.2.5-3",
      "4.2.5-4",
      "4.2.5-5",
      "4.2.5-6",
      "4.2.5-7",
    ]);
    expect(zh[2]!.body).toMatchObject({ locale: "zh", status: "source" });
    expect(zh[2]!.body.value.startsWith("促进水利技术合作与交流")).toBe(true);
    expect(km[2]!.body).toMatchObject({ locale: "km", status: "draft", isFallback: false });
  });

  it("fall back to English for texts that have no translation yet", async () => {
    const meetings = await getMeetings("lo");
    const lm2 = meetings.find((meeting) => meeting.type === "LM" && meeting.number === 2)!;
    expect(lm2.venue).toMatchObject({ value: "Phnom Penh, Cambodia", locale: "en", isFallback: true });
  });

  it("link a priority area to its working groups and plan sections", async () => {
    const plan = (await getFeaturedPlan("vi"))!;
    const area = await getPriorityArea("agriculture-poverty-reduction", plan.id, "vi");
    expect(area!.workingGroups.map((group) => group.slug)).toEqual([
      "jwg-agriculture",
      "jwg-poverty-reduction",
    ]);
    expect(area!.sectionIds).toHaveLength(2);
    expect(await getPriorityArea("no-such-area", plan.id, "vi")).toBeNull();
    expect((await getTerm("cooperation-name", "km"))!.value).toBe("កិច្ចសហប្រតិបត្តិការមេគង្គ-ឡានឆាង");
  });
});
