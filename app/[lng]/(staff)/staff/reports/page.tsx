import type { Metadata } from "next";
import { OpenPeriodForm } from "@/components/reports/period-form";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatNumber, formatYear } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { listPlanOptions } from "@/lib/plan/queries";
import { listPeriods } from "@/lib/reports/queries";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/reports">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "reports");
  return { title: t("periods.title") };
}

export default async function ReportingPeriodsPage({ params }: PageProps<"/[lng]/staff/reports">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.reports(lng), "staff.read");
  const [t, periods] = await Promise.all([getT(lng, "reports"), listPeriods(actor)]);
  const plans = can(actor, "reports.periods") ? await listPlanOptions(actor, lng) : [];
  return (
    <div className="space-y-8">
      <PageHeader title={t("periods.title")} lead={t("periods.lead")} />
      {periods.length === 0 ? (
        <p>{t("periods.none")}</p>
      ) : (
        <DataTable
          caption={t("periods.title")}
          captionHidden
          testId="periods"
          rows={periods}
          rowKey={(period) => period.id}
          columns={[
            {
              key: "year",
              header: t("periods.year"),
              rowHeader: true,
              cell: (period) => (
                <a
                  href={routes.staff.period(lng, period.year)}
                  className="font-semibold text-river-700 hover:underline"
                >
                  {formatYear(period.year, lng)}
                </a>
              ),
            },
            {
              key: "cutOff",
              header: t("periods.cutOff"),
              cell: (period) => formatDate(period.cutOff, lng, "medium"),
            },
            {
              key: "dueOn",
              header: t("periods.dueOn"),
              cell: (period) => formatDate(period.dueOn, lng, "medium"),
            },
            {
              key: "contributions",
              header: t("periods.contributions"),
              cell: (period) =>
                t("periods.approvedOf", {
                  approved: period.states.approved,
                  total: Object.values(period.states).reduce((sum, count) => sum + count, 0),
                }),
            },
            {
              key: "editions",
              header: t("periods.editions"),
              numeric: true,
              cell: (period) => formatNumber(period.editions, lng),
            },
          ]}
        />
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
