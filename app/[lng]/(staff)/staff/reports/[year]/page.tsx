import type { Metadata } from "next";
import { ActionButton } from "@/components/forms/action-button";
import { PeriodReminders } from "@/components/notifications/period-reminders";
import { EditionList } from "@/components/reports/edition-list";
import { PeriodScheduleForm } from "@/components/reports/period-form";
import { ProgressTable } from "@/components/reports/progress-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getCountries } from "@/lib/cooperation/queries";
import { formatDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { listPeriodReminders } from "@/lib/notifications/queries";
import { issueEditionAction } from "@/lib/reports/actions";
import { listEditions } from "@/lib/reports/edition-queries";
import { periodProgress } from "@/lib/reports/queries";
import { periodOf } from "@/lib/reports/route";
import { routes } from "@/lib/routes";
import { dateToDay } from "@/lib/validation/primitives";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/reports/[year]">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "reports");
  return { title: t("overview.title", { year: Number((await params).year) }) };
}

export default async function ReportingPeriodPage({ params }: PageProps<"/[lng]/staff/reports/[year]">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(
    lng,
    routes.staff.period(lng, Number((await params).year)),
    "staff.read",
  );
  const period = await periodOf(actor, params);
  const [t, progress, countries, editions, reminders] = await Promise.all([
    getT(lng, "reports"),
    periodProgress(actor, period.id, period.dueOn),
    getCountries(lng),
    listEditions(actor, period.id),
    can(actor, "mail.admin") ? listPeriodReminders(actor, period.id) : null,
  ]);
  const allApproved = progress.length > 0 && progress.every((row) => row.state === "approved");
  return (
    <div className="space-y-8">
      <p>
        <a href={routes.staff.reports(lng)} className="text-sm text-river-700 hover:underline">
          {t("periods.title")}
        </a>
      </p>
      <PageHeader
        title={t("overview.title", { year: period.year })}
        lead={t("overview.lead", {
          cutOff: formatDate(period.cutOff, lng),
          dueOn: formatDate(period.dueOn, lng),
        })}
      />
      <ProgressTable rows={progress} countries={countries} year={period.year} lng={lng} />
      <p>
        <a href={routes.staff.jointList(lng, period.year)} className="font-semibold text-river-700 underline">
          {t("overview.jointList")}
        </a>
      </p>
      <section aria-labelledby="editions" className="space-y-3">
        <h2 id="editions" className="text-xl font-semibold">
          {t("overview.editionsTitle")}
        </h2>
        {editions.length ? (
          <EditionList editions={editions} href={(number) => routes.staff.edition(lng, number)} lng={lng} />
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
          <PeriodScheduleForm
            key={period.version}
            id={period.id}
            version={period.version}
            cutOff={dateToDay(period.cutOff)}
            dueOn={dateToDay(period.dueOn)}
            reminderDays={period.reminderDays.join(", ")}
            overdueEveryDays={String(period.overdueEveryDays)}
          />
        </section>
      )}
      {reminders && (
        <PeriodReminders
          lng={lng}
          reminders={reminders}
          countries={countries}
          back={routes.staff.period(lng, period.year)}
        />
      )}
    </div>
  );
}
