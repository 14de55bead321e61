import { ProgressBar, StatusBadge } from "@/components/projects/status-badge";
import { Notice } from "@/components/ui/notice";
import { DataTable } from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { ContributionView } from "@/lib/reports/queries";
import { routes } from "@/lib/routes";
import { dayToDate } from "@/lib/validation/primitives";

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
        <Notice tone="warning" compact data-testid="missing-updates">
          {t("contribution.noUpdateCount", { count: missing })}
        </Notice>
      )}
      {contribution.projects.length === 0 ? (
        <p>{t("contribution.noProjects", { year })}</p>
      ) : (
        <DataTable
          caption={t("contribution.projectsTitle", { cutOff: formatDate(cutOff, lng) })}
          captionHidden
          testId="contribution-projects"
          rows={contribution.projects}
          rowKey={(project) => project.code}
          columns={[
            {
              key: "code",
              header: t("contribution.code"),
              cell: (project) => (
                <a
                  href={routes.staff.project(lng, project.code)}
                  className="font-mono text-xs text-river-700 hover:underline"
                >
                  {project.code}
                </a>
              ),
            },
            {
              key: "title",
              header: t("contribution.project"),
              cell: (project) => <span lang={project.title.locale}>{project.title.value}</span>,
            },
            {
              key: "status",
              header: t("contribution.status"),
              cell: (project) => <StatusBadge status={project.status} lng={lng} />,
            },
            {
              key: "progress",
              header: t("contribution.progress"),
              cell: (project) => <ProgressBar value={project.progress} label={t("contribution.progress")} />,
            },
            {
              key: "lastUpdate",
              header: t("contribution.lastUpdate"),
              cell: (project) =>
                project.lastReportedOn ? (
                  formatDate(dayToDate(project.lastReportedOn), lng, "medium")
                ) : (
                  <span className="text-amber-800">{t("contribution.noUpdate")}</span>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}
