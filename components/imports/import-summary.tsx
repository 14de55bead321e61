"use client";

import { useTranslation } from "react-i18next";
import { formatNumber, languageName } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/settings";
import type { SheetKind } from "@/lib/imports/sheet-file";
import type { PolledRun } from "./use-import-run";

/** A sheet column's name as its header shows it, e.g. "Title (Thai)" for title.th. */
export function useColumnLabel(lng: Locale) {
  const { t } = useTranslation("imports");
  return (key: string) => {
    const [field = "", part] = key.split(".");
    const language = part && isLocale(part) ? languageName(part, lng) : "";
    const label = t(`column.${language ? field : key}` as never, { language }) as string;
    return `${label} [${key}]`;
  };
}

const COUNTS = ["rows", "created", "updated", "unchanged", "rejected"] as const;
/** Each sheet's counts; the projects sheet's keep their original test ids. */
const SHEETS = [
  { kind: "projects", testId: "count-" },
  { kind: "updates", testId: "updates-count-" },
] as const satisfies { kind: SheetKind; testId: string }[];

const countLabel = (kind: SheetKind, name: (typeof COUNTS)[number]) =>
  kind === "updates" && name === "created"
    ? "summary.updatesCreated"
    : kind === "updates" && name === "updated"
      ? "summary.updatesUpdated"
      : (`summary.${name}` as const);

/** The counts of a dry run or an import, and each rejected row: where, what it held, why. */
export function ImportSummary({ lng, outcome }: { lng: Locale; outcome: PolledRun }) {
  const { t } = useTranslation(["imports", "staff"]);
  const label = useColumnLabel(lng);
  const status =
    outcome.state === "imported"
      ? t("summary.imported", {
          created: outcome.created,
          updated: outcome.updated,
          unchanged: outcome.unchanged,
        })
      : outcome.mode === "import"
        ? t("summary.notImported")
        : outcome.rejected > 0
          ? t("summary.fixFirst")
          : t("summary.checked");
  return (
    <section
      aria-labelledby="import-summary"
      className="space-y-3"
      data-testid="import-summary"
      aria-live="polite"
    >
      <h2 id="import-summary" className="text-lg font-semibold">
        {t("summary.title")}
      </h2>
      <p data-testid="import-state" data-state={outcome.state}>
        {status}
      </p>
      {SHEETS.map(({ kind, testId }) => {
        const counts = outcome.sheets[kind];
        if (!counts) return null;
        return (
          <section key={kind} aria-labelledby={`import-sheet-${kind}`} className="space-y-1">
            <h3 id={`import-sheet-${kind}`} className="font-semibold">
              {t(`sheet.${kind}`)}
            </h3>
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
              {COUNTS.map((name) => (
                <div key={name} className="rounded border border-slate-200 p-2">
                  <dt className="text-xs text-slate-600">{t(countLabel(kind, name))}</dt>
                  <dd className="text-lg font-semibold" data-testid={`${testId}${name}`}>
                    {formatNumber(counts[name], lng)}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      {outcome.problems.length > 0 && (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="import-problems">
            <caption className="text-left font-semibold">{t("summary.problemsTitle")}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  {t("summary.sheet")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("summary.row")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("summary.column")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("summary.value")}
                </th>
                <th scope="col" className="py-1">
                  {t("summary.reason")}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcome.problems.map((problem, index) => (
                <tr
                  key={`${problem.row}-${problem.column}-${index}`}
                  className="border-b border-slate-200 align-top"
                >
                  <td className="py-1 pr-3">{problem.sheet && t(`sheet.${problem.sheet}`)}</td>
                  <td className="py-1 pr-3">{formatNumber(problem.row, lng)}</td>
                  <td className="py-1 pr-3">{label(problem.column)}</td>
                  <td className="py-1 pr-3 break-all">{problem.value}</td>
                  <td className="py-1">{t(problem.key as never, problem.params ?? {}) as string}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
