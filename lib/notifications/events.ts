import "server-only";
import type { ReportEventKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/mutations/define";
import { routes } from "@/lib/routes";
import { dateToDay } from "@/lib/validation/primitives";
import { notify, pathOf } from "./notify";
import { allSecretariats, coordinators, secretariatOf } from "./recipients";

// The reporting cycle's events and who hears of them (issue 15): a submission goes to the
// coordinators who review it; a return (with its comments), an approval or a reopening to the
// secretariat of that country only.

type Report = { countryCode: string; period: { year: number } };

export async function notifyReportEvent(tx: Tx, report: Report, kind: ReportEventKind, comment = "") {
  const { countryCode, period } = report;
  const path = pathOf(routes.staff.contribution("en", period.year, countryCode));
  const params = { country: countryCode, year: period.year, ...(comment ? { comment } : {}) };
  if (kind === "submitted") {
    return notify(tx, { kind: "report_submitted", params, path, userIds: await coordinators(tx) });
  }
  await notify(tx, { kind: `report_${kind}`, params, path, userIds: await secretariatOf(tx, countryCode) });
}

export async function notifyPeriodOpened(tx: Tx, period: { year: number; dueOn: Date }) {
  await notify(tx, {
    kind: "period_opened",
    params: { year: period.year, dueOn: dateToDay(period.dueOn) },
    path: pathOf(routes.staff.period("en", period.year)),
    userIds: [...(await allSecretariats(tx)), ...(await coordinators(tx))],
  });
}
