import { formatYearRange } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { PlanOverview } from "@/lib/plan/queries";

/** "2018–2022 · Ended", with the incomplete-text warning when the portal lacks part of the text. */
export async function PlanStatusLine({ plan, lng }: { plan: PlanOverview; lng: Locale }) {
  const t = await getT(lng, "plan");
  return (
    <div className="space-y-1 text-sm">
      <p className="font-medium uppercase tracking-wide text-river-700">
        {formatYearRange(plan.startYear, plan.endYear, lng)} · {t(`status.${plan.status}`)}
      </p>
      {plan.textEndsIn && (
        <p className="text-earth-600">{t("incomplete.plan", { section: plan.textEndsIn })}</p>
      )}
    </div>
  );
}
