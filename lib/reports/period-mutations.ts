import { notifyPeriodOpened } from "@/lib/notifications/events";
import "server-only";
import { changedFields } from "@/lib/audit/record";
import { defineMutation } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { openPeriodSchema, updatePeriodSchema } from "./schemas";

const asDay = (value: string) => new Date(`${value}T00:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Opens a year of the plan's reporting cycle, with an empty contribution for every country. */
export const openPeriod = defineMutation({
  name: "reports.openPeriod",
  permission: "reports.periods",
  input: openPeriodSchema,
  async run(tx, input) {
    const plan = await tx.plan.findUnique({
      where: { slug: input.plan },
      select: { id: true, startYear: true, endYear: true },
    });
    if (!plan)
      throw new MutationError("invalid", { fieldErrors: { plan: [{ key: "validation.unknownPlan" }] } });
    if (input.year < plan.startYear || input.year > plan.endYear) {
      throw new MutationError("invalid", {
        fieldErrors: {
          year: [
            {
              key: "validation.yearOutsidePlan",
              params: { startYear: plan.startYear, endYear: plan.endYear },
            },
          ],
        },
      });
    }
    if (
      await tx.reportingPeriod.findUnique({
        where: { planId_year: { planId: plan.id, year: input.year } },
        select: { id: true },
      })
    ) {
      throw new MutationError("duplicate", { fieldErrors: { year: [{ key: "validation.periodExists" }] } });
    }
    const countries = await tx.country.findMany({ select: { code: true }, orderBy: { position: "asc" } });
    const period = await tx.reportingPeriod.create({
      data: {
        planId: plan.id,
        year: input.year,
        cutOff: asDay(input.cutOff),
        dueOn: asDay(input.dueOn),
        reports: { create: countries.map(({ code }) => ({ countryCode: code })) },
      },
      select: { id: true, year: true, dueOn: true },
    });
    await notifyPeriodOpened(tx, period);
    return {
      result: { id: period.id, year: input.year },
      audit: {
        action: "reports.openPeriod",
        entityType: "ReportingPeriod",
        entityId: period.id,
        changes: changedFields(
          null,
          { plan: input.plan, year: input.year, cutOff: input.cutOff, dueOn: input.dueOn },
          ["plan", "year", "cutOff", "dueOn"],
        ),
      },
    };
  },
});

export const updatePeriod = defineMutation({
  name: "reports.updatePeriod",
  permission: "reports.periods",
  input: updatePeriodSchema,
  async run(tx, input) {
    const before = await tx.reportingPeriod.findUnique({ where: { id: input.id } });
    if (!before) throw new MutationError("notFound");
    if (input.cutOff !== dayOf(before.cutOff)) {
      // Submitted contributions were frozen as of the old cut-off.
      const frozen = await tx.countryReport.count({
        where: { periodId: input.id, state: { in: ["submitted", "approved"] } },
      });
      if (frozen)
        throw new MutationError("locked", { fieldErrors: { cutOff: [{ key: "validation.cutOffFrozen" }] } });
    }
    const schedule = {
      reminderDays: input.reminderDays ?? before.reminderDays,
      overdueEveryDays: input.overdueEveryDays ?? before.overdueEveryDays,
    };
    const { count } = await tx.reportingPeriod.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        cutOff: asDay(input.cutOff),
        dueOn: asDay(input.dueOn),
        ...schedule,
        version: { increment: 1 },
      },
    });
    if (!count)
      throw new MutationError("conflict", {
        current: {
          cutOff: dayOf(before.cutOff),
          dueOn: dayOf(before.dueOn),
          reminderDays: before.reminderDays.join(", "),
          overdueEveryDays: before.overdueEveryDays,
          version: before.version,
        },
      });
    return {
      result: { version: before.version + 1 },
      audit: {
        action: "reports.updatePeriod",
        entityType: "ReportingPeriod",
        entityId: input.id,
        changes: changedFields(
          {
            cutOff: dayOf(before.cutOff),
            dueOn: dayOf(before.dueOn),
            reminderDays: before.reminderDays,
            overdueEveryDays: before.overdueEveryDays,
          },
          { cutOff: input.cutOff, dueOn: input.dueOn, ...schedule },
          ["cutOff", "dueOn", "reminderDays", "overdueEveryDays"],
        ),
      },
    };
  },
});
