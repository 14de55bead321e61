// Published report editions as the API gives them: each frozen on its cut-off day, with the figures
// the public sees and what changed since the previous published edition.
import { z } from "zod";
import { PROJECT_STATUSES, type ProjectStatus } from "@/lib/projects/status";
import { listOf } from "./schemas";
import { textSchema } from "./text";

const usd = z.number().meta({ description: "US dollars." });

export const editionSchema = z
  .object({
    number: z.number().int(),
    year: z.number().int().meta({ description: "The reporting year it covers." }),
    asOf: z.iso.date().meta({ description: "The cut-off day: the data as it stood then." }),
    issuedAt: z.iso.datetime(),
    publishedAt: z.iso.datetime(),
    links: z.object({ self: z.url(), page: z.url() }),
  })
  .meta({ id: "Edition" });

const group = z.object({
  key: z.string().meta({ description: "The area's slug, the country's code, the year or the phase." }),
  projects: z.number().int(),
  completed: z.number().int(),
  committed: usd,
  progress: z.number().int().nullable().meta({ description: "Mean progress in per cent." }),
});

export const figuresSchema = z
  .object({
    totals: z.object({
      projects: z.number().int(),
      completed: z.number().int(),
      completionRate: z.number().nullable().meta({ description: "0 to 1; null without counted projects." }),
      committed: usd,
      disbursed: usd,
      overdue: z.number().int(),
    }),
    byStatus: z
      .object(
        Object.fromEntries(PROJECT_STATUSES.map((status) => [status, z.number().int()])) as Record<
          ProjectStatus,
          z.ZodNumber
        >,
      )
      .meta({ description: "How many projects have each status." }),
    byArea: z.array(group),
    byCountry: z.array(group),
    byYear: z.array(group),
    byPhase: z.array(group.extend({ startYear: z.number().int(), endYear: z.number().int() })),
  })
  .meta({ id: "EditionFigures" });

const change = z.object({
  code: z.string(),
  title: textSchema.meta({ description: "As the edition froze it." }),
  leadCountry: z.string().length(2),
  before: z.enum(PROJECT_STATUSES).nullable(),
  after: z.enum(PROJECT_STATUSES),
});

export const editionDetailSchema = z
  .object({
    data: editionSchema.extend({
      figures: figuresSchema,
      changes: z
        .object({
          previous: z.number().int().nullable().meta({ description: "The edition compared with." }),
          newProjects: z.array(change),
          statusChanges: z.array(change),
          newlyCompleted: z.array(change),
          newlyOverdue: z.array(change),
        })
        .meta({ id: "EditionChanges" }),
    }),
  })
  .meta({ id: "EditionDetail" });

export const editionListSchema = listOf(editionSchema, "EditionList");
