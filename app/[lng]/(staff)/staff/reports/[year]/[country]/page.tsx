import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContributionProjects } from "@/components/reports/contribution-projects";
import { JointSignOffs } from "@/components/reports/joint-sign-offs";
import { NarrativesForm } from "@/components/reports/narratives-form";
import { ReportActions } from "@/components/reports/report-actions";
import { ReviewHistory } from "@/components/reports/review-history";
import { ReportStateBadge } from "@/components/reports/state-badge";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { getCountries, getPriorityAreas } from "@/lib/cooperation/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { localeOptions } from "@/lib/i18n/settings";
import { getContribution, jointProjectsOf } from "@/lib/reports/queries";
import { periodOf } from "@/lib/reports/route";
import { availableActions } from "@/lib/reports/workflow";
import { routes } from "@/lib/routes";

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
  const [t, country] = await Promise.all([getT(lng, "reports"), countryOf(params, lng)]);
  return {
    title: t("contribution.title", { country: country.name.value, year: Number((await params).year) }),
  };
}

export default async function ContributionPage({
  params,
}: PageProps<"/[lng]/staff/reports/[year]/[country]">) {
  const lng = await localeOf(params);
  const { year, country: code } = await params;
  const actor = await requirePermission(
    lng,
    routes.staff.contribution(lng, Number(year), code),
    "staff.read",
  );
  const [period, country] = await Promise.all([periodOf(actor, params), countryOf(params, lng)]);
  const [t, contribution, joint, countries, areas] = await Promise.all([
    getT(lng, "reports"),
    getContribution(
      actor,
      { id: period.id, planId: period.planId, year: period.year, cutOff: period.cutOff },
      country.code,
      lng,
    ),
    jointProjectsOf(actor, { id: period.id, planId: period.planId, year: period.year }, country.code, lng),
    getCountries(lng),
    getPriorityAreas(lng),
  ]);
  if (!contribution) notFound();
  const actions = availableActions(actor, contribution);
  const coreAreas = areas.filter((area) => area.isCore);
  return (
    <div className="space-y-8">
      <p>
        <a href={routes.staff.period(lng, period.year)} className="text-sm text-river-700 hover:underline">
          {t("contribution.back")}
        </a>
      </p>
      <PageHeader title={t("contribution.title", { country: country.name.value, year: period.year })}>
        <ReportStateBadge state={contribution.state} lng={lng} />
      </PageHeader>
      <ContributionProjects contribution={contribution} cutOff={period.cutOff} year={period.year} lng={lng} />
      <section aria-labelledby="narratives" className="space-y-3">
        <h2 id="narratives" className="text-xl font-semibold">
          {t("contribution.narrativesTitle")}
        </h2>
        {actions.includes("save") ? (
          <>
            <p className="max-w-3xl text-sm text-slate-700">{t("contribution.narrativesHint")}</p>
            <NarrativesForm
              key={contribution.version}
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
        canSign={actions.includes("save")}
        lng={lng}
      />
      {actions.some((action) => action !== "save") && (
        <section aria-labelledby="review" className="space-y-3">
          <h2 id="review" className="text-xl font-semibold">
            {t("contribution.actionsTitle")}
          </h2>
          <ReportActions reportId={contribution.reportId} version={contribution.version} actions={actions} />
        </section>
      )}
      <ReviewHistory events={contribution.events} lng={lng} />
    </div>
  );
}
