// The plan as the API gives it: plans in force or ended, their sections in reading order and their
// commitment paragraphs with the citation ids projects and reports refer to.
import { z } from "zod";
import { listOf } from "./schemas";
import { textSchema } from "./text";

const day = z.iso.date().nullable();
const pageLink = z.url().nullable().meta({
  description: "Where the portal shows it; null for plans other than the one the portal leads with.",
});

export const planSchema = z
  .object({
    slug: z.string(),
    title: textSchema,
    summary: textSchema,
    startYear: z.number().int(),
    endYear: z.number().int(),
    status: z.enum(["in_force", "ended"]),
    adoptedOn: day,
    adoptedAt: z
      .object({ type: z.enum(["LM", "FMM", "SOM"]), number: z.number().int() })
      .nullable()
      .meta({ description: "The meeting that adopted it (see /meetings)." }),
    phases: z.array(
      z.object({
        startYear: z.number().int(),
        endYear: z.number().int(),
        name: textSchema,
        description: textSchema,
      }),
    ),
    links: z.object({ sections: z.url(), paragraphs: z.url(), page: pageLink }),
  })
  .meta({ id: "Plan" });

export const sectionSchema = z
  .object({
    number: z.string().meta({ description: "Its stable number, e.g. 4.2.5.", example: "4.2.5" }),
    level: z.enum(["chapter", "section", "subsection"]),
    parent: z.string().nullable().meta({ description: "The number of the section it belongs to." }),
    title: textSchema,
    retired: z.boolean().meta({ description: "Withdrawn from the plan; its number is never reused." }),
    pillar: z.string().nullable().meta({ description: "The pillar it belongs to (its slug)." }),
    priorityArea: z.string().nullable().meta({ description: "The priority area it covers (its slug)." }),
    paragraphs: z.array(z.string()).meta({ description: "Citations of its paragraphs, in order." }),
    links: z.object({ page: pageLink }),
  })
  .meta({ id: "Section" });

export const paragraphSchema = z
  .object({
    citation: z.string().meta({
      description: "Its citation id, assigned once and never reused: what projects cite.",
      example: "4.2.5-3",
    }),
    section: z.string().meta({ description: "The number of its section." }),
    retired: z.boolean(),
    text: textSchema,
    links: z.object({
      page: pageLink,
      projects: z.url().meta({ description: "The published projects that implement it, in the API." }),
    }),
  })
  .meta({ id: "Paragraph" });

export const planListSchema = listOf(planSchema, "PlanList");
export const sectionListSchema = listOf(sectionSchema, "SectionList");
export const paragraphListSchema = listOf(paragraphSchema, "ParagraphList");
