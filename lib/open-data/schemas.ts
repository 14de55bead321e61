// What the API answers, as zod schemas: the responses are built to these types, and the OpenAPI
// document (./openapi.ts) is generated from them, so the contract cannot drift from the code.
import { z } from "zod";
import { FUNDING_SOURCES, PROJECT_STATUSES } from "@/lib/projects/status";
import { textSchema } from "./text";

const day = z.iso.date().nullable();
/** Amounts as decimal strings: a 16-digit amount with cents does not survive a JSON number. */
const amount = z
  .string()
  .regex(/^-?\d+\.\d{2}$/)
  .meta({ description: "A decimal amount, e.g. 1250000.00" });

/** The envelope of every list: frozen, so clients written today keep working. */
export function listOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      links: z.object({
        self: z.url(),
        next: z.url().nullable().meta({ description: "The next page; null on the last one." }),
      }),
      meta: z.object({
        count: z
          .number()
          .int()
          .optional()
          .meta({ description: "How many items match (lists that know it)." }),
        generatedAt: z.iso.datetime(),
      }),
    })
    .meta({ id });
}

export const fundingSchema = z
  .object({
    source: z.enum(FUNDING_SOURCES),
    currency: z.string().length(3).meta({ description: "ISO 4217" }),
    amount,
    disbursed: amount.nullable(),
  })
  .meta({ id: "Funding" });

export const locationSchema = z
  .object({
    country: z.string().length(2),
    province: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .meta({ id: "Location" });

export const projectSchema = z
  .object({
    code: z.string(),
    title: textSchema,
    summary: textSchema,
    status: z.enum(PROJECT_STATUSES),
    progress: z
      .number()
      .int()
      .min(0)
      .max(100)
      .meta({ description: "Per cent, from its latest status update." }),
    approvalYear: z.number().int(),
    leadCountry: z.string().length(2),
    countries: z
      .array(z.string().length(2))
      .meta({ description: "Every participating country, the lead first." }),
    pillar: z.string().meta({ description: "The pillar's slug." }),
    priorityAreas: z.array(z.string()).meta({ description: "Slugs of the priority areas." }),
    paragraphs: z.array(z.string()).meta({ description: "Citations of the plan paragraphs it implements." }),
    sdgTargets: z.array(z.string()),
    implementingAgencies: z.string(),
    plannedStart: day,
    plannedEnd: day,
    actualStart: day,
    actualEnd: day,
    funding: z.array(fundingSchema),
    locations: z.array(locationSchema),
    updatedAt: z.iso.datetime().meta({ description: "Its last change: the order of the list." }),
    links: z.object({ self: z.url(), page: z.url() }),
  })
  .meta({ id: "Project" });
export type ApiProject = z.infer<typeof projectSchema>;

export const attachmentSchema = z
  .object({ fileName: z.string(), mediaType: z.string(), size: z.number().int(), url: z.url() })
  .meta({ id: "Attachment" });

export const updateSchema = z
  .object({
    id: z.uuid(),
    project: z.string().meta({ description: "The project's code." }),
    reportedOn: z.iso.date(),
    periodYear: z.number().int(),
    status: z.enum(PROJECT_STATUSES),
    progress: z.number().int().min(0).max(100),
    narrative: textSchema,
    milestones: textSchema.nullable(),
    issues: textSchema.nullable(),
    evidenceLinks: z.array(z.string()),
    attachments: z.array(attachmentSchema),
    updatedAt: z.iso.datetime().meta({ description: "Its last change: the order of the update list." }),
  })
  .meta({ id: "StatusUpdate" });
export type ApiUpdate = z.infer<typeof updateSchema>;

export const projectDetailSchema = z
  .object({ data: projectSchema.extend({ updates: z.array(updateSchema) }) })
  .meta({ id: "ProjectDetail" });

export const projectListSchema = listOf(projectSchema, "ProjectList");
export const updateListSchema = listOf(updateSchema, "StatusUpdateList");

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(z.object({ parameter: z.string(), detail: z.string() }))
      .optional()
      .meta({ description: "One entry per refused parameter." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details, in the requested language." });
export type Problem = z.infer<typeof problemSchema>;

export const countrySchema = z
  .object({
    code: z.string().length(2).meta({ description: "ISO 3166-1 alpha-2" }),
    name: textSchema,
    nationalLocale: z.string().meta({ description: "The portal locale of its national language." }),
  })
  .meta({ id: "Country" });

export const pillarSchema = z
  .object({ slug: z.string(), position: z.number().int(), name: textSchema, description: textSchema })
  .meta({ id: "Pillar" });

export const priorityAreaSchema = z
  .object({
    slug: z.string(),
    position: z.number().int(),
    pillar: z.string().meta({ description: "Its pillar's slug." }),
    isCore: z.boolean().meta({ description: "One of the five core priority areas." }),
    name: textSchema,
    description: textSchema.nullable(),
  })
  .meta({ id: "PriorityArea" });

export const countryListSchema = listOf(countrySchema, "CountryList");
export const pillarListSchema = listOf(pillarSchema, "PillarList");
export const priorityAreaListSchema = listOf(priorityAreaSchema, "PriorityAreaList");

export const workingGroupSchema = z
  .object({
    slug: z.string(),
    position: z.number().int(),
    kind: z.enum(["priority_area", "diplomatic"]),
    priorityArea: z
      .string()
      .nullable()
      .meta({ description: "The priority area it serves (its slug), if any." }),
    name: textSchema,
  })
  .meta({ id: "WorkingGroup" });

export const meetingSchema = z
  .object({
    type: z.enum(["LM", "FMM", "SOM"]).meta({
      description: "LM: Leaders' Meeting; FMM: Foreign Ministers' Meeting; SOM: Senior Officials' Meeting.",
    }),
    number: z.number().int().meta({ description: "Its ordinal within its type." }),
    startsOn: z.iso.date(),
    format: z.enum(["in_person", "virtual", "hybrid"]),
    venue: textSchema,
    coChairs: textSchema,
    theme: textSchema.nullable(),
    outcomes: textSchema.nullable(),
    sources: z.array(z.url()).meta({ description: "Where the facts about the meeting were published." }),
  })
  .meta({ id: "Meeting" });

export const workingGroupListSchema = listOf(workingGroupSchema, "WorkingGroupList");
export const meetingListSchema = listOf(meetingSchema, "MeetingList");
