import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { EditionList } from "@/components/reports/edition-list";
import { PeriodDatesForm } from "@/components/reports/period-form";
import { ProgressTable } from "@/components/reports/progress-table";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getCountries } from "@/lib/cooperation/queries";
import { formatDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { issueEditionAction } from "@/lib/reports/actions";
import { listEditions } from "@/lib/reports/edition-queries";
import { periodProgress } from "@/lib/reports/queries";
import { periodOf } from "@/lib/reports/route";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/reports/[year]">): Promise<Metadata> {
  const [t, period] = await Promise.all([getT(await localeOf(params), "reports"), periodOf(params)]);
  return { title: t("overview.title", { year: period.year }) };
}

export default async function ReportingPeriodPage({ params }: PageProps<"/[lng]/staff/reports/[year]">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, `/${lng}/staff/reports/${(await params).year}`, "staff.read");
  const period = await periodOf(params);
  const [t, progress, countries, editions] = await Promise.all([
    getT(lng, "reports"),
    periodProgress(period.id, period.dueOn),
    getCountries(lng),
    listEditions(true, period.id),
  ]);
  const allApproved = progress.length > 0 && progress.every((row) => row.state === "approved");
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <a href={`/${lng}/staff/reports`} className="text-sm text-river-700 hover:underline">
            {t("periods.title")}
          </a>
        </p>
        <h1 className="text-3xl font-bold text-river-900">{t("overview.title", { year: period.year })}</h1>
        <p className="max-w-3xl text-slate-700">
          {t("overview.lead", {
            cutOff: formatDate(period.cutOff, lng),
            dueOn: formatDate(period.dueOn, lng),
          })}
        </p>
      </header>
      <ProgressTable rows={progress} countries={countries} year={period.year} lng={lng} />
      <p>
        <a
          href={`/${lng}/staff/reports/${period.year}/joint-list`}
          className="font-semibold text-river-700 underline"
        >
          {t("overview.jointList")}
        </a>
      </p>
      <section aria-labelledby="editions" className="space-y-3">
        <h2 id="editions" className="text-xl font-semibold">
          {t("overview.editionsTitle")}
        </h2>
        {editions.length ? (
          <EditionList editions={editions} base={`/${lng}/staff/reports/editions`} lng={lng} />
        ) : (
          <p>{t("overview.noEditions")}</p>
        )}
        {can(actor, "reports.review") && (
          <div className="space-y-2">
            <p className="max-w-3xl text-sm text-slate-700">{t("overview.issueHint")}</p>
            {allApproved && (
              <ActionButton
                label={t("overview.issue")}
                action={issueEditionAction}
                input={{ periodId: period.id }}
                primary
              />
            )}
          </div>
        )}
      </section>
      {can(actor, "reports.periods") && (
        <section aria-labelledby="dates" className="space-y-3">
          <h2 id="dates" className="text-xl font-semibold">
            {t("periods.editTitle")}
          </h2>
          <PeriodDatesForm
            id={period.id}
            version={period.version}
            cutOff={day(period.cutOff)}
            dueOn={day(period.dueOn)}
          />
        </section>
      )}
    </div>
  );
}
