import type { TFunction } from "i18next";
import type { IatiProblem } from "@/lib/iati/rules";

/** On a project's staff page: why the IATI file leaves it out (nothing when it does not). */
export function IatiProblemNotice({ problems, t }: { problems: IatiProblem[]; t: TFunction<"api"> }) {
  if (!problems.length) return null;
  return (
    <div role="note" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-semibold">{t("iati.notice")}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{t(`iati.${problem}`)}</li>
        ))}
      </ul>
    </div>
  );
}
