// Input of the plan editor, shared by the browser and the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/settings";
import { confirmedUnicode, planSlug, version, year } from "@/lib/validation/primitives";

const wording = z.string().trim().min(1).max(20_000);

export const createPlanSchema = z
  .object({
    slug: planSlug,
    startYear: year,
    endYear: year,
    sourceLocale: z.enum(locales),
    title: z.string().trim().min(1).max(300),
    summary: z.string().trim().min(1).max(4000),
  })
  .refine((value) => value.startYear <= value.endYear, {
    path: ["endYear"],
    error: "validation.endBeforeStart",
  });

export const setPlanInForceSchema = z.object({ slug: planSlug });

export const addSectionSchema = z.object({
  plan: planSlug,
  /** The chapter or section to add under; null adds a chapter. */
  parentId: z.uuid().nullable(),
  title: z.string().trim().min(1).max(500),
  confirmedUnicode,
});

export const addParagraphSchema = z.object({
  sectionId: z.uuid(),
  /** The paragraph to insert after; null inserts at the end of the section. */
  afterId: z.uuid().nullable(),
  body: wording,
  confirmedUnicode,
});

const planItem = { kind: z.enum(["section", "paragraph"]), id: z.uuid(), version };

export const editSourceSchema = z.object({ ...planItem, value: wording, confirmedUnicode });
export const moveItemSchema = z.object({ ...planItem, direction: z.enum(["up", "down"]) });
export const retireItemSchema = z.object({ ...planItem, retired: z.boolean() });

export type CreatePlanInput = z.infer<typeof createPlanSchema>;
export type AddParagraphInput = z.infer<typeof addParagraphSchema>;
