// Input of the project and status-update forms, shared by the browser and the server.
import { z } from "zod";
import { locales } from "@/lib/i18n/settings";
import {
  citation,
  confirmedUnicode,
  countryCode,
  isoDay,
  optionalDay,
  projectCode,
  slug,
  version,
  year,
} from "@/lib/validation/primitives";
import type { FormValues } from "@/lib/validation/form-values";
import { FUNDING_SOURCES, PROJECT_STATUSES } from "./status";

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

const projectObject = z.object({
  /** The language the title and summary are written in. */
  locale: z.enum(locales),
  title: z.string().trim().min(3).max(300),
  summary: z.string().trim().min(1).max(4000),
  confirmedUnicode,
  pillar: slug,
  areas: z.array(slug).max(10),
  paragraphs: z.array(citation).max(100),
  leadCountryCode: countryCode,
  countries: z.array(countryCode).min(1).max(6),
  implementingAgencies: z.string().trim().max(2000),
  funding: z.array(fundingLineSchema).max(20),
  approvalYear: year,
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
});

function projectRules(value: z.infer<typeof projectObject>, context: z.RefinementCtx) {
  if (!value.countries.includes(value.leadCountryCode)) {
    context.addIssue({ code: "custom", path: ["countries"], message: "validation.leadMustParticipate" });
  }
  if (!ordered(value.plannedStart, value.plannedEnd))
    context.addIssue({ code: "custom", path: ["plannedEnd"], message: "validation.endBeforeStart" });
  if (!ordered(value.actualStart, value.actualEnd))
    context.addIssue({ code: "custom", path: ["actualEnd"], message: "validation.endBeforeStart" });
  if (value.status === "completed" && value.progress !== 100)
    context.addIssue({ code: "custom", path: ["progress"], message: "validation.completedIsFull" });
}

/** A wording of a title once it exists: empty in another language than its original means "not written here". */
const optionalTitle = z
  .string()
  .trim()
  .max(300)
  .refine((value) => value === "" || value.length >= 3, { error: "validation.titleTooShort" });

export const createProjectSchema = projectObject.superRefine(projectRules);
/**
 * A change to a project at the version its editor started from. Its title and summary may be left
 * empty in a language they have not been written in yet (the mutation refuses an empty original).
 */
export const updateProjectSchema = projectObject
  .extend({ title: optionalTitle, summary: z.string().trim().max(4000), code: projectCode, version })
  .superRefine(projectRules);
export type ProjectInput = z.infer<typeof createProjectSchema>;
export type ProjectUpdateInput = z.infer<typeof updateProjectSchema>;

const httpUrl = z.url({ protocol: /^https?$/ }).max(500);

const updateFields = z.object({
  locale: z.enum(locales),
  reportedOn: isoDay,
  periodYear: year,
  status: z.enum(PROJECT_STATUSES),
  progress: z.coerce.number().int().min(0).max(100),
  narrative: z.string().trim().min(1).max(8000),
  milestones: z.string().trim().max(4000),
  issues: z.string().trim().max(4000),
  evidenceLinks: z.array(httpUrl).max(20),
  confirmedUnicode,
});

/** What the browser sends for a status update (files travel separately, in the same request). */
export const statusUpdateFormSchema = updateFields.extend({ projectCode });

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * The files of a new status update: at most five of at most 10 MB each (empty file inputs are
 * dropped). The server recognises their type by content before storing them (lib/projects/attachments.ts).
 */
export const attachmentFilesSchema = z
  .array(z.instanceof(File))
  .transform((files) => files.filter((file) => file.size > 0))
  .superRefine((files, context) => {
    if (files.length > MAX_ATTACHMENTS) {
      context.addIssue({
        code: "custom",
        message: "validation.tooManyFiles",
        params: { maximum: MAX_ATTACHMENTS },
      });
    }
    for (const file of files.filter((entry) => entry.size > MAX_ATTACHMENT_BYTES)) {
      const params = { name: file.name.slice(0, 80), maximum: MAX_ATTACHMENT_BYTES / 1024 / 1024 };
      context.addIssue({ code: "custom", message: "validation.fileTooLarge", params });
    }
  });

/** A new status update with its files, as the server receives it. */
export const createStatusUpdateSchema = statusUpdateFormSchema.extend({ attachments: attachmentFilesSchema });
/** A correction: the narrative may be left empty in a language it has not been written in yet. */
export const editStatusUpdateSchema = updateFields.extend({
  narrative: z.string().trim().max(8000),
  id: z.uuid(),
  version,
});

/** The project form's values: the input as typed, SDG targets as one text ("6.5, 13.1"). */
export type ProjectFormValues = FormValues<typeof createProjectSchema, "sdgTargets">;
/** The status-update forms' values: evidence links as one text, a link a line. */
export type UpdateFormValues = Omit<
  FormValues<typeof statusUpdateFormSchema, "evidenceLinks">,
  "projectCode"
>;

const listOf = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((entry) => entry.trim())
    .filter(Boolean);

/** What the project form sends: its values with the SDG targets as a list. */
export function projectInputOf(values: ProjectFormValues): z.input<typeof createProjectSchema> {
  return { ...values, sdgTargets: listOf(values.sdgTargets, /[,\s]+/) };
}

/** What the status-update forms send: their values with the evidence links as a list. */
export function updateInputOf(values: UpdateFormValues) {
  return { ...values, evidenceLinks: listOf(values.evidenceLinks, /\s+/) };
}
