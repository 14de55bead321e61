// A period's reminder schedule (issue 15): some days before the due date (14, 7 and 1 by default),
// then every few days while a contribution is overdue. Pure: the reminder job and its tests share it.

const DAY = 86_400_000;

export type ReminderStep = { step: string; on: Date; overdue: boolean };

/** The latest step of the schedule on or before `today` (a UTC day), if one fell in the last week. */
export function currentStep(
  dueOn: Date,
  today: Date,
  { reminderDays, overdueEveryDays }: { reminderDays: number[]; overdueEveryDays: number },
): ReminderStep | null {
  const steps: ReminderStep[] = reminderDays
    .filter((days) => days > 0)
    .map((days) => ({ step: `before-${days}`, on: new Date(dueOn.getTime() - days * DAY), overdue: false }));
  const every = Math.max(1, overdueEveryDays);
  for (let days = every; dueOn.getTime() + days * DAY <= today.getTime(); days += every) {
    steps.push({ step: `overdue-${days}`, on: new Date(dueOn.getTime() + days * DAY), overdue: true });
  }
  const due = steps
    .filter((step) => step.on.getTime() <= today.getTime())
    .sort((a, b) => b.on.getTime() - a.on.getTime())[0];
  // A step missed for more than a week (the portal was down) is not sent late: the next one is.
  return due && today.getTime() - due.on.getTime() < 7 * DAY ? due : null;
}

/** The UTC calendar day of an instant. */
export const dayOf = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** Whole days from `from` to `to` (both UTC days). */
export const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY);
