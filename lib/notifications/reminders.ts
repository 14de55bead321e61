import "server-only";
import type { Db } from "@/lib/db/create-client";
import { EDITABLE_STATES } from "@/lib/reports/workflow";
import { routes } from "@/lib/routes";
import { dateToDay } from "@/lib/validation/primitives";
import { notify, pathOf } from "./notify";
import { coordinators, secretariatOf } from "./recipients";
import { currentStep, dayOf, daysBetween } from "./schedule";

// The reminder job (docs/decisions/0029): for every contribution not yet submitted, the current
// step of its period's schedule reaches that country's secretariat, and the coordinators once it is
// overdue. Each (period, country, step, recipient) is claimed in ReminderSent before anything is
// written: the database's key, not timing, makes a reminder go out once, however many workers run.

/** Sends the reminders due at `now`; returns how many recipients were reminded. */
export async function runReminders(db: Db, now: Date): Promise<number> {
  const today = dayOf(now);
  const periods = await db.reportingPeriod.findMany({
    where: { reports: { some: { state: { in: EDITABLE_STATES } } } },
    select: {
      id: true,
      year: true,
      dueOn: true,
      reminderDays: true,
      overdueEveryDays: true,
      reports: { where: { state: { in: EDITABLE_STATES } }, select: { countryCode: true } },
    },
  });
  let reminded = 0;
  for (const period of periods) {
    const step = currentStep(period.dueOn, today, period);
    if (!step) continue;
    for (const { countryCode } of period.reports) {
      reminded += await db.$transaction(async (tx) => {
        // Checked again inside the transaction: a contribution submitted meanwhile is not reminded.
        const report = await tx.countryReport.findFirst({
          where: { periodId: period.id, countryCode, state: { in: EDITABLE_STATES } },
          select: { id: true },
        });
        if (!report) return 0;
        const recipients = [
          ...(await secretariatOf(tx, countryCode)),
          ...(step.overdue ? await coordinators(tx) : []),
        ];
        const claimed = await tx.reminderSent.createManyAndReturn({
          data: recipients.map((userId) => ({ periodId: period.id, countryCode, step: step.step, userId })),
          skipDuplicates: true,
          select: { userId: true },
        });
        const days = Math.abs(daysBetween(today, period.dueOn));
        await notify(tx, {
          kind: step.overdue ? "report_overdue" : "report_due",
          params: { country: countryCode, year: period.year, dueOn: dateToDay(period.dueOn), count: days },
          path: pathOf(routes.staff.contribution("en", period.year, countryCode)),
          userIds: claimed.map((row) => row.userId),
          reminderKey: `${period.id}/${countryCode}/${step.step}`,
          now,
        });
        return claimed.length;
      });
    }
  }
  return reminded;
}
