import type { Metadata } from "next";
import { JointListApproval } from "@/components/reports/joint-list-approval";
import { ProposalForm } from "@/components/reports/proposal-form";
import { ProposalList } from "@/components/reports/proposal-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getCountries } from "@/lib/cooperation/queries";
import { formatDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { localeOptions } from "@/lib/i18n/settings";
import { foreignMinistersMeetings, listProposals } from "@/lib/reports/queries";
import { periodOf } from "@/lib/reports/route";
import { routes } from "@/lib/routes";

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/reports/[year]/joint-list">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "reports");
  return { title: t("proposals.title", { year: Number((await params).year) + 1 }) };
}

export default async function JointListPage({ params }: PageProps<"/[lng]/staff/reports/[year]/joint-list">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(
    lng,
    routes.staff.jointList(lng, Number((await params).year)),
    "staff.read",
  );
  const period = await periodOf(actor, params);
  const [t, proposals, countries, meetings] = await Promise.all([
    getT(lng, "reports"),
    listProposals(actor, period.id, lng),
    getCountries(lng),
    foreignMinistersMeetings(lng),
  ]);
  const approved = period.jointListMeeting;
  const proposing = countries
    .map((country) => country.code)
    .filter((code) => can(actor, "reports.contribute", { countryCode: code }));
  const reviews = can(actor, "reports.review");
  const meetingName = (number: number) => t("proposals.meetingName", { number });
  return (
    <div className="space-y-8">
      <p>
        <a href={routes.staff.period(lng, period.year)} className="text-sm text-river-700 hover:underline">
          {t("overview.title", { year: period.year })}
        </a>
      </p>
      <PageHeader title={t("proposals.title", { year: period.year + 1 })} lead={t("proposals.lead")}>
        <p className="font-semibold" data-testid="joint-list-status">
          {approved
            ? t("proposals.approvedAt", {
                meeting: meetingName(approved.number),
                date: formatDate(approved.startsOn, lng),
              })
            : t("proposals.notApproved")}
        </p>
      </PageHeader>
      <ProposalList proposals={proposals} countries={countries} canDecide={reviews && !approved} lng={lng} />
      {!approved && proposing.length > 0 && (
        <section aria-labelledby="propose" className="space-y-3">
          <h2 id="propose" className="text-xl font-semibold">
            {t("proposals.proposeTitle")}
          </h2>
          <ProposalForm
            periodId={period.id}
            countries={countries.map((country) => ({ code: country.code, name: country.name.value }))}
            proposingCountries={proposing}
            locales={localeOptions}
            initialLocale={actor.locale}
          />
        </section>
      )}
      {reviews && (
        <section aria-labelledby="approve-list" className="space-y-3">
          <h2 id="approve-list" className="text-xl font-semibold">
            {t("proposals.approveTitle")}
          </h2>
          <JointListApproval
            periodId={period.id}
            version={period.version}
            meetings={meetings.map((meeting) => ({
              value: meeting.id,
              label: [
                meetingName(meeting.number),
                formatDate(meeting.startsOn, lng, "medium"),
                meeting.venue.value,
              ].join(" · "),
            }))}
          />
        </section>
      )}
    </div>
  );
}
