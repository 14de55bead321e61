import { Localized } from "@/components/i18n/localized";
import { meetingName } from "@/lib/cooperation/meeting-name";
import { getMeetingTypeNames } from "@/lib/cooperation/queries";
import { formatDate, formatYearRange } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { PlanOverview } from "@/lib/plan/queries";
import { routes } from "@/lib/routes";

export async function PlanFacts({ plan, lng }: { plan: PlanOverview; lng: Locale }) {
  const [t, tc, typeNames] = await Promise.all([getT(lng, "plan"), getT(lng), getMeetingTypeNames(lng)]);
  const fact = (label: string, value: React.ReactNode) => (
    <div className="rounded bg-slate-50 px-4 py-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
  return (
    <dl aria-label={t("home.facts")} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {fact(t("home.period"), formatYearRange(plan.startYear, plan.endYear, lng))}
      {fact(t("home.status"), t(`status.${plan.status}`))}
      {plan.adoptedOn && fact(t("home.adopted"), formatDate(plan.adoptedOn, lng))}
      {plan.adoptedAt &&
        fact(
          t("home.adoptedAt"),
          <>
            <a
              href={routes.meetings(lng, `${plan.adoptedAt.type}-${plan.adoptedAt.number}`)}
              className="text-river-700 underline"
            >
              {meetingName(tc, plan.adoptedAt, typeNames)}
            </a>
            {", "}
            <Localized text={plan.adoptedAt.venue} lng={lng} />
          </>,
        )}
    </dl>
  );
}
