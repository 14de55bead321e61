import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listIatiProblems } from "@/lib/iati/queries";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[lng]/staff/iati">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "api");
  return { title: t("iati.title") };
}

export default async function IatiProblemsPage({ params }: PageProps<"/[lng]/staff/iati">) {
  const lng = await localeOf(params);
  const actor = await requirePermission(lng, routes.staff.iati(lng), "staff.read");
  const [t, problems] = await Promise.all([getT(lng, "api"), listIatiProblems(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("iati.title")} lead={t("iati.lead")} />
      {problems.length === 0 ? (
        <p>{t("iati.none")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">
                {t("iati.project")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("iati.reasons")}
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map(({ code, problems: reasons }) => (
              <tr key={code} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4 font-mono">
                  <a href={routes.staff.project(lng, code)} className="text-river-700 underline">
                    {code}
                  </a>
                </td>
                <td className="py-2 pr-4">
                  <ul className="list-disc pl-5">
                    {reasons.map((reason) => (
                      <li key={reason}>{t(`iati.${reason}`)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
