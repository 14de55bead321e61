// The permission matrix's rows for plan content and translations:
// who may run each mutation on a record of their own country or another's, and the input it is
// tried with (../permission-matrix.test.ts).
import { randomUUID } from "node:crypto";
import { createFixturePlan } from "../../support/plans";
import { run } from "../../support/reports";
import { createPlan } from "@/lib/plan/mutations";
import { createTestText } from "../../support/translations";
import { db, everyone, localeOf, type Row } from "./shared";

export const contentRows: Record<string, Row> = {
  // The plan editor: admins only; the country makes no difference.
  "plan.create": {
    allowed: everyone("admin"),
    input: async () => ({
      slug: `plan-${randomUUID().slice(0, 8)}`,
      startYear: 2096,
      endYear: 2100,
      sourceLocale: "zh",
      title: "计划",
      summary: "概要",
    }),
  },
  "plan.setInForce": {
    allowed: everyone("admin"),
    // A plan without sections: putting it in force must not change which plan the public pages show.
    input: async () => {
      const slug = `plan-${randomUUID().slice(0, 8)}`;
      await run(db, createPlan, {
        slug,
        startYear: 2096,
        endYear: 2100,
        sourceLocale: "zh",
        title: "计划",
        summary: "概要",
      });
      return { slug };
    },
  },
  "plan.addSection": {
    allowed: everyone("admin"),
    input: async () => ({ plan: (await createFixturePlan(db)).slug, parentId: null, title: "New chapter" }),
  },
  "plan.addParagraph": {
    allowed: everyone("admin"),
    input: async () => ({
      sectionId: (await createFixturePlan(db)).sectionId,
      afterId: null,
      body: "New paragraph",
    }),
  },
  "plan.editSource": {
    allowed: everyone("admin"),
    input: async () => ({
      kind: "section",
      id: (await createFixturePlan(db)).sectionId,
      version: 1,
      value: "Reworded",
    }),
  },
  "plan.move": {
    allowed: everyone("admin"),
    input: async () => ({
      kind: "paragraph",
      id: (await createFixturePlan(db)).paragraphIds[1],
      version: 1,
      direction: "up",
    }),
  },
  "plan.retire": {
    allowed: everyone("admin"),
    input: async () => ({
      kind: "paragraph",
      id: (await createFixturePlan(db)).paragraphIds[0],
      version: 1,
      retired: true,
    }),
  },
  // Translations: the Thai secretariat's "own" locale is Thai, the "other" one Vietnamese.
  "translations.save": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => ({
      textId: await createTestText(db, "zh", "合作"),
      locale: localeOf(relation),
      value: "ความร่วมมือ",
      version: null,
      review: false,
    }),
  },
  "translations.markReviewed": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => {
      const locale = localeOf(relation);
      return {
        textId: await createTestText(db, "zh", "合作", { [locale]: { value: "ความร่วมมือ", status: "draft" } }),
        locale,
        version: 1,
      };
    },
  },
  "translations.import": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => {
      const textId = await createTestText(db, "zh", "合作");
      const sheet = `text_id,version,translation\n${textId},,ความร่วมมือ\n`;
      return { locale: localeOf(relation), file: new File([sheet], "sheet.csv"), review: false };
    },
  },
};
