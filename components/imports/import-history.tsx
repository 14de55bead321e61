import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import type { listImportRuns } from "@/lib/imports/queries";

type Run = Awaited<ReturnType<typeof listImportRuns>>[number];

/** The latest dry runs and imports (everyone's for administrators): who, when, which file, what came of it. */
export async function ImportHistory({ lng, runs }: { lng: Locale; runs: Run[] }) {
  const t = await getT(lng, "imports");
  return (
    <section aria-labelledby="history" className="space-y-2">
      <h2 id="history" className="text-lg font-semibold">
        {t("history.title")}
      </h2>
      {runs.length === 0 ? (
        <p className="text-sm">{t("history.none")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="import-history">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  {t("history.when")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("history.who")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("history.fileName")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("history.state")}
                </th>
                <th scope="col" className="py-1">
                  {t("history.counts")}
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} className="border-b border-slate-200 align-top">
                  <td className="py-1 pr-3 whitespace-nowrap">{formatDateTime(run.createdAt, lng)}</td>
                  <td className="py-1 pr-3 break-all">{run.userEmail}</td>
                  <td className="py-1 pr-3 break-all">{run.fileName}</td>
                  <td className="py-1 pr-3" data-state={run.state}>
                    {t(`history.${run.state}`)}
                    {run.state === "failed" && run.errorKey && (
                      <span className="block text-xs text-slate-700">
                        {t(run.errorKey as never) as string}
                      </span>
                    )}
                  </td>
                  <td className="py-1">
                    {t("history.countsValue", {
                      rows: run.rows,
                      created: run.created,
                      updated: run.updated,
                      rejected: run.rejected,
                    })}
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
