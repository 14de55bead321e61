import type { Metadata } from "next";
import { OpenPeriodForm } from "@/components/reports/period-form";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { listPlanOptions } from "@/lib/plan/queries";
import { listPeriods } from "@/lib/reports/queries";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/reports">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "reports");
  return { title: t("periods.title") };
}

export default async function ReportingPeriodsPage({ params }: PageProps<"/[lng]/staff/reports">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, `/${lng}/staff/reports`, "staff.read");
  const [t, periods] = await Promise.all([getT(lng, "reports"), listPeriods()]);
  const plans = can(actor, "reports.periods") ? await listPlanOptions(lng) : [];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-river-900">{t("periods.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("periods.lead")}</p>
      </header>
      {periods.length === 0 ? (
        <p>{t("periods.none")}</p>
      ) : (
        <table className="w-full max-w-4xl text-left text-sm" data-testid="periods">
          <thead className="border-b border-slate-300">
            <tr>
              <th scope="col" className="py-2 pr-4">
                {t("periods.year")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("periods.cutOff")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("periods.dueOn")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("periods.contributions")}
              </th>
              <th scope="col" className="py-2">
                {t("periods.editions")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {periods.map((period) => (
              <tr key={period.id}>
                <th scope="row" className="py-2 pr-4">
                  <a
                    href={`/${lng}/staff/reports/${period.year}`}
                    className="font-semibold text-river-700 hover:underline"
                  >
                    {period.year}
                  </a>
                </th>
                <td className="py-2 pr-4">{formatDate(period.cutOff, lng, "medium")}</td>
                <td className="py-2 pr-4">{formatDate(period.dueOn, lng, "medium")}</td>
                <td className="py-2 pr-4">
                  {t("periods.approvedOf", {
                    approved: period.states.approved,
                    total: Object.values(period.states).reduce((sum, count) => sum + count, 0),
                  })}
                </td>
                <td className="py-2">{period.editions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {plans.length > 0 && (
        <section aria-labelledby="open-period" className="space-y-3">
          <h2 id="open-period" className="text-xl font-semibold">
            {t("periods.openTitle")}
          </h2>
          <OpenPeriodForm lng={lng} plans={plans} />
        </section>
      )}
    </div>
  );
}
