import "server-only";
import type { ReportEventKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/mutations/define";
import { EDITABLE_STATES } from "@/lib/reports/workflow";
import { routes } from "@/lib/routes";
import { dateToDay } from "@/lib/validation/primitives";
import { notify, pathOf } from "./notify";
import { allSecretariats, coordinators, secretariatOf, viewers } from "./recipients";

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

/**
 * A country signed off a joint project: the other participating countries whose sign-off is still
 * awaited (and whose contribution is still open, so that they can sign) hear of it, each with a
 * link to its own contribution.
 */
export async function notifySignOffAwaited(
  tx: Tx,
  signed: { periodId: string; year: number; projectId: string; projectCode: string; countryCode: string },
  participants: string[],
) {
  const [signOffs, open] = await Promise.all([
    tx.jointSignOff.findMany({
      where: { periodId: signed.periodId, projectId: signed.projectId },
      select: { countryCode: true },
    }),
    tx.countryReport.findMany({
      where: { periodId: signed.periodId, state: { in: EDITABLE_STATES } },
      select: { countryCode: true },
    }),
  ]);
  const done = new Set(signOffs.map((signOff) => signOff.countryCode));
  const openCountries = new Set(open.map((report) => report.countryCode));
  for (const countryCode of participants.filter((code) => !done.has(code) && openCountries.has(code))) {
    await notify(tx, {
      kind: "joint_signoff_awaited",
      params: { country: signed.countryCode, project: signed.projectCode, year: signed.year },
      path: pathOf(routes.staff.contribution("en", signed.year, countryCode)),
      userIds: await secretariatOf(tx, countryCode),
    });
  }
}

/** An edition issued (staff may read it) or published (everyone may): viewers and coordinators. */
export async function notifyEdition(
  tx: Tx,
  edition: { number: number; year: number },
  step: "issued" | "published",
) {
  await notify(tx, {
    kind: step === "issued" ? "edition_issued" : "edition_published",
    params: { number: edition.number, year: edition.year },
    path: pathOf(
      step === "issued" ? routes.staff.edition("en", edition.number) : routes.edition("en", edition.number),
    ),
    userIds: [...(await viewers(tx)), ...(await coordinators(tx))],
  });
}

/** What happened to one's own account, told to its owner (who may not have done it). */
export async function notifyAccountEvent(
  tx: Tx,
  userId: string,
  event:
    | { kind: "password_changed" }
    | { kind: "two_factor_changed"; enabled: boolean }
    | { kind: "new_sign_in"; address: string },
) {
  const { kind, ...params } = event;
  await notify(tx, {
    kind,
    params,
    path: pathOf(routes.account("en", kind === "new_sign_in" ? "sessions" : undefined)),
    userIds: [userId],
  });
}
