import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContributionProjects } from "@/components/reports/contribution-projects";
import { JointSignOffs } from "@/components/reports/joint-sign-offs";
import { NarrativesForm } from "@/components/reports/narratives-form";
import { ReportActions } from "@/components/reports/report-actions";
import { ReviewHistory } from "@/components/reports/review-history";
import { ReportStateBadge } from "@/components/reports/state-badge";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getCountries, getPriorityAreas } from "@/lib/cooperation/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { localeOptions } from "@/lib/i18n/settings";
import { getContribution, jointProjectsOf } from "@/lib/reports/queries";
import { periodOf } from "@/lib/reports/route";
import { nextState } from "@/lib/reports/workflow";

async function countryOf(params: Promise<{ country: string }>, lng: Parameters<typeof getCountries>[0]) {
  const { country } = await params;
  const found = (await getCountries(lng)).find((entry) => entry.code === country);
  if (!found) notFound();
  return found;
}

export async function generateMetadata({
  params,
}: PageProps<"/[lng]/staff/reports/[year]/[country]">): Promise<Metadata> {
  const lng = await localeOf(params);
  const [t, period, country] = await Promise.all([
    getT(lng, "reports"),
    periodOf(params),
    countryOf(params, lng),
  ]);
  return { title: t("contribution.title", { country: country.name.value, year: period.year }) };
}

export default async function ContributionPage({
  params,
}: PageProps<"/[lng]/staff/reports/[year]/[country]">) {
  const lng = await localeOf(params);
  const { year, country: code } = await params;
  const actor = await requirePermission(lng, `/${lng}/staff/reports/${year}/${code}`, "staff.read");
  const [period, country] = await Promise.all([periodOf(params), countryOf(params, lng)]);
  const [t, contribution, joint, countries, areas] = await Promise.all([
    getT(lng, "reports"),
    getContribution(
      { id: period.id, planId: period.planId, year: period.year, cutOff: period.cutOff },
      country.code,
      lng,
    ),
    jointProjectsOf({ id: period.id, planId: period.planId, year: period.year }, country.code, lng),
    getCountries(lng),
    getPriorityAreas(lng),
  ]);
  if (!contribution) notFound();
  const contributes = can(actor, "reports.contribute", { countryCode: country.code });
  const reviews = can(actor, "reports.review");
  const allowed = (action: Parameters<typeof nextState>[1]) => nextState(contribution.state, action) !== null;
  const coreAreas = areas.filter((area) => area.isCore);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <a href={`/${lng}/staff/reports/${period.year}`} className="text-sm text-river-700 hover:underline">
            {t("contribution.back")}
          </a>
        </p>
        <h1 className="text-3xl font-bold text-river-900">
          {t("contribution.title", { country: country.name.value, year: period.year })}
        </h1>
        <ReportStateBadge state={contribution.state} lng={lng} />
      </header>
      <ContributionProjects contribution={contribution} cutOff={period.cutOff} year={period.year} lng={lng} />
      <section aria-labelledby="narratives" className="space-y-3">
        <h2 id="narratives" className="text-xl font-semibold">
          {t("contribution.narrativesTitle")}
        </h2>
        {contributes && contribution.editable ? (
          <>
            <p className="max-w-3xl text-sm text-slate-700">{t("contribution.narrativesHint")}</p>
            <NarrativesForm
              reportId={contribution.reportId}
              version={contribution.version}
              areas={coreAreas.map((area) => ({
                slug: area.slug,
                name: area.name.value,
                wording:
                  contribution.narratives.find((narrative) => narrative.areaSlug === area.slug)?.wording ??
                  {},
              }))}
              locales={localeOptions}
              initialLocale={actor.locale}
            />
          </>
        ) : (
          <dl className="space-y-3" data-testid="narratives">
            {coreAreas.map((area) => {
              const narrative = contribution.narratives.find((entry) => entry.areaSlug === area.slug);
              return (
                <div key={area.slug}>
                  <dt className="font-semibold">{area.name.value}</dt>
                  <dd className="whitespace-pre-line" lang={narrative?.text.locale}>
                    {narrative ? narrative.text.value : t("contribution.noNarrative")}
                  </dd>
                </div>
              );
            })}
          </dl>
        )}
      </section>
      <JointSignOffs
        projects={joint}
        periodId={period.id}
        countryCode={country.code}
        countries={countries}
        canSign={contributes && contribution.editable}
        lng={lng}
      />
      {(contributes || reviews) && (
        <section aria-labelledby="review" className="space-y-3">
          <h2 id="review" className="text-xl font-semibold">
            {t("contribution.actionsTitle")}
          </h2>
          <ReportActions
            reportId={contribution.reportId}
            version={contribution.version}
            canSubmit={contributes && allowed("submit")}
            canApprove={reviews && allowed("approve")}
            canReturn={reviews && allowed("return")}
            canReopen={reviews && allowed("reopen")}
          />
        </section>
      )}
      <ReviewHistory events={contribution.events} lng={lng} />
    </div>
  );
}
