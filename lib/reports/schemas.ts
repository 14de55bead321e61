// Input of the reporting forms, shared by the browser and the server.
import { z } from "zod";
import { ProposalDecision } from "@/generated/prisma/enums";
import { locales } from "@/lib/i18n/settings";
import {
  confirmedUnicode,
  countryCode,
  isoDay,
  projectCode,
  slug,
  version,
  year,
} from "@/lib/validation/primitives";

const periodDates = z
  .object({ cutOff: isoDay, dueOn: isoDay })
  .refine((value) => value.cutOff < value.dueOn, { path: ["dueOn"], error: "validation.dueBeforeCutOff" });

export const openPeriodSchema = z.object({ plan: slug, year }).and(periodDates);

/** How many reminders a period may send before its due date, and how far ahead the first may go. */
export const MAX_REMINDERS = 6;
export const MAX_REMINDER_DAYS = 90;

/**
 * The days before the due date on which reminders go out, typed as one text ("14, 7, 1"): whole
 * days, each once, at most six; the server keeps them latest first.
 */
const reminderDays = z
  .string()
  .max(100)
  .transform((text, context) => {
    const days = text
      .split(/[,\s]+/)
      .filter(Boolean)
      .map(Number);
    const valid = days.every((days) => Number.isInteger(days) && days >= 1 && days <= MAX_REMINDER_DAYS);
    if (!valid || days.length > MAX_REMINDERS || new Set(days).size !== days.length) {
      context.addIssue({
        code: "custom",
        message: "validation.reminderDays",
        params: { count: MAX_REMINDERS, maximum: MAX_REMINDER_DAYS },
      });
      return z.NEVER;
    }
    return days.sort((a, b) => b - a);
  });

/** Every how many days an overdue contribution is reminded again. */
const overdueEveryDays = z.coerce.number().int().min(1).max(60);

export const updatePeriodSchema = z
  .object({
    id: z.uuid(),
    version,
    reminderDays: reminderDays.optional(),
    overdueEveryDays: overdueEveryDays.optional(),
  })
  .and(periodDates);

const reportRef = { reportId: z.uuid(), version };

export const saveNarrativesSchema = z.object({
  ...reportRef,
  locale: z.enum(locales),
  /** Priority-area slug → narrative. Empty strings leave an area without a narrative. */
  narratives: z.record(slug, z.string().trim().max(8000)),
  confirmedUnicode,
});

export const submitReportSchema = z.object(reportRef);
export const approveReportSchema = z.object(reportRef);
export const returnReportSchema = z.object({ ...reportRef, comment: z.string().trim().min(1).max(4000) });
export const reopenReportSchema = z.object({ ...reportRef, comment: z.string().trim().min(1).max(4000) });

export const signOffSchema = z.object({
  periodId: z.uuid(),
  projectCode,
  /** The signing country: a secretariat signs for its own; an admin names the country. */
  countryCode,
});

const money = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z.coerce.number().min(0).max(1e13).multipleOf(0.01).nullable(),
);

export const proposeJointProjectSchema = z
  .object({
    periodId: z.uuid(),
    countryCode,
    locale: z.enum(locales),
    title: z.string().trim().min(3).max(300),
    summary: z.string().trim().min(1).max(4000),
    countries: z.array(countryCode).min(2, { error: "validation.twoCountries" }).max(6),
    estimatedBudgetUsd: money,
  })
  .refine((value) => value.countries.includes(value.countryCode), {
    path: ["countries"],
    error: "validation.proposerMustParticipate",
  })
  .refine((value) => new Set(value.countries).size === value.countries.length, {
    path: ["countries"],
    error: "validation.duplicateCountries",
  });

export const decideProposalSchema = z.object({
  id: z.uuid(),
  version,
  decision: z.enum(ProposalDecision),
});

export const approveJointListSchema = z.object({ periodId: z.uuid(), version, meetingId: z.uuid() });

export const issueEditionSchema = z.object({ periodId: z.uuid() });
export const publishEditionSchema = z.object({ number: z.coerce.number().int().min(1) });
