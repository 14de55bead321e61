import { ProgressBar, StatusBadge } from "@/components/projects/status-badge";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ContributionView } from "@/lib/reports/queries";

/** The country's projects as of the cut-off: live while drafting, as frozen once submitted. */
export async function ContributionProjects({
  contribution,
  cutOff,
  year,
  lng,
}: {
  contribution: ContributionView;
  cutOff: Date;
  year: number;
  lng: Locale;
}) {
  const t = await getT(lng, "reports");
  const missing = contribution.projects.filter((project) => !project.lastReportedOn).length;
  return (
    <section aria-labelledby="projects" className="space-y-3">
      <h2 id="projects" className="text-xl font-semibold">
        {t("contribution.projectsTitle", { cutOff: formatDate(cutOff, lng) })}
      </h2>
      <p className="text-sm text-slate-700">
        {contribution.frozenAt
          ? t("contribution.frozen", { date: formatDate(contribution.frozenAt, lng) })
          : t("contribution.live")}
      </p>
      {missing > 0 && contribution.editable && (
        <p
          className="rounded border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm"
          data-testid="missing-updates"
        >
          {t("contribution.noUpdateCount", { count: missing })}
        </p>
      )}
      {contribution.projects.length === 0 ? (
        <p>{t("contribution.noProjects", { year })}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="contribution-projects">
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("contribution.code")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("contribution.project")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("contribution.status")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("contribution.progress")}
                </th>
                <th scope="col" className="py-2">
                  {t("contribution.lastUpdate")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {contribution.projects.map((project) => (
                <tr key={project.code}>
                  <td className="py-2 pr-4 font-mono text-xs">
                    <a
                      href={`/${lng}/staff/projects/${project.code}`}
                      className="text-river-700 hover:underline"
                    >
                      {project.code}
                    </a>
                  </td>
                  <td className="py-2 pr-4" lang={project.title.locale}>
                    {project.title.value}
                  </td>
                  <td className="py-2 pr-4">
                    <StatusBadge status={project.status} lng={lng} />
                  </td>
                  <td className="py-2 pr-4">
                    <ProgressBar value={project.progress} label={t("contribution.progress")} />
                  </td>
                  <td className="py-2">
                    {project.lastReportedOn ? (
                      formatDate(new Date(`${project.lastReportedOn}T00:00:00Z`), lng, "medium")
                    ) : (
                      <span className="text-amber-800">{t("contribution.noUpdate")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
