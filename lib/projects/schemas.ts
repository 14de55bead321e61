// Input of the project and status-update forms, shared by the browser and the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/settings";
import { FUNDING_SOURCES, PROJECT_STATUSES } from "./status";

const countryCode = z.string().regex(/^[A-Z]{2}$/);
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const citation = z.string().regex(/^\d+(\.\d+){0,2}-\d+$/);
const optionalDay = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: "validation.date" })
    .nullable(),
);
const money = z.coerce.number().min(0).max(1e13).multipleOf(0.01);
const optionalMoney = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  money.nullable(),
);
const optionalCoordinate = (limit: number) =>
  z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.coerce.number().min(-limit).max(limit).nullable(),
  );

export const fundingLineSchema = z
  .object({
    source: z.enum(FUNDING_SOURCES),
    currency: z.string().regex(/^[A-Z]{3}$/),
    amount: money,
    disbursed: optionalMoney,
  })
  .refine((line) => line.disbursed === null || line.disbursed <= line.amount, {
    path: ["disbursed"],
    error: "validation.disbursedTooHigh",
  });

export const locationSchema = z.object({
  countryCode,
  province: z.string().trim().min(1).max(120),
  latitude: optionalCoordinate(90),
  longitude: optionalCoordinate(180),
});

function ordered(start: string | null, end: string | null) {
  return !start || !end || start <= end;
}

const projectFields = z
  .object({
    /** The language the title and summary are written in. */
    locale: z.enum(locales),
    title: z.string().trim().min(3).max(300),
    summary: z.string().trim().min(1).max(4000),
    pillar: slug,
    areas: z.array(slug).max(10),
    paragraphs: z.array(citation).max(100),
    leadCountryCode: countryCode,
    countries: z.array(countryCode).min(1).max(6),
    implementingAgencies: z.string().trim().max(2000),
    funding: z.array(fundingLineSchema).max(20),
    approvalYear: z.coerce.number().int().min(2016).max(2100),
    batch: z.preprocess(
      (value) => (value === "" || value === undefined ? null : value),
      z.coerce.number().int().min(1).max(99).nullable(),
    ),
    plannedStart: optionalDay,
    plannedEnd: optionalDay,
    actualStart: optionalDay,
    actualEnd: optionalDay,
    status: z.enum(PROJECT_STATUSES),
    progress: z.coerce.number().int().min(0).max(100),
    sdgTargets: z
      .array(
        z
          .string()
          .trim()
          .regex(/^\d{1,2}\.[0-9a-z]{1,2}$/, { error: "validation.sdgTarget" }),
      )
      .max(30),
    locations: z.array(locationSchema).max(50),
    contactName: z.string().trim().max(200),
    contactEmail: z.union([z.literal(""), z.string().trim().toLowerCase().max(320).pipe(z.email())]),
    published: z.boolean(),
  })
  .superRefine((value, context) => {
    if (!value.countries.includes(value.leadCountryCode)) {
      context.addIssue({ code: "custom", path: ["countries"], message: "validation.leadMustParticipate" });
    }
    if (!ordered(value.plannedStart, value.plannedEnd))
      context.addIssue({ code: "custom", path: ["plannedEnd"], message: "validation.endBeforeStart" });
    if (!ordered(value.actualStart, value.actualEnd))
      context.addIssue({ code: "custom", path: ["actualEnd"], message: "validation.endBeforeStart" });
    if (value.status === "completed" && value.progress !== 100)
      context.addIssue({ code: "custom", path: ["progress"], message: "validation.completedIsFull" });
  });

export const createProjectSchema = projectFields;
export const updateProjectSchema = projectFields.and(
  z.object({ code: z.string().max(40), version: z.coerce.number().int().min(1) }),
);
export type ProjectInput = z.infer<typeof createProjectSchema>;

export const MAX_ATTACHMENTS = 5;

const httpUrl = z.url({ protocol: /^https?$/ }).max(500);

const updateFields = z.object({
  locale: z.enum(locales),
  reportedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((value) => !Number.isNaN(Date.parse(value)), { error: "validation.date" }),
  periodYear: z.coerce.number().int().min(2016).max(2100),
  status: z.enum(PROJECT_STATUSES),
  progress: z.coerce.number().int().min(0).max(100),
  narrative: z.string().trim().min(1).max(8000),
  milestones: z.string().trim().max(4000),
  issues: z.string().trim().max(4000),
  evidenceLinks: z.array(httpUrl).max(20),
});

/** What the browser sends for a status update (files travel separately, in the same request). */
export const statusUpdateFormSchema = updateFields.extend({ projectCode: z.string().max(40) });

/** Files as the server saw them: type detected from their content, already stored. */
export const storedAttachmentSchema = z.object({
  fileName: z.string().min(1).max(200),
  mediaType: z.string().max(120),
  size: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  storageKey: z.string().regex(/^[\w-]+\/[\w-]+$/),
});

export const createStatusUpdateSchema = statusUpdateFormSchema.extend({
  attachments: z.array(storedAttachmentSchema).max(MAX_ATTACHMENTS),
});
export const editStatusUpdateSchema = updateFields.extend({
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
});
