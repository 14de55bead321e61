import { ActionButton } from "@/components/forms/action-button";
import type { CountryView } from "@/lib/cooperation/queries";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { signOffAction, withdrawSignOffAction } from "@/lib/reports/actions";
import type { JointProjectSignOffs } from "@/lib/reports/queries";

/** The joint projects of a country, who has signed each, and (when allowed) its own signature. */
export async function JointSignOffs({
  projects,
  periodId,
  countryCode,
  countries,
  canSign,
  lng,
}: {
  projects: JointProjectSignOffs[];
  periodId: string;
  countryCode: string;
  countries: CountryView[];
  canSign: boolean;
  lng: Locale;
}) {
  const t = await getT(lng, "reports");
  const nameOf = (code: string) => countries.find((country) => country.code === code)?.name.value ?? code;
  return (
    <section aria-labelledby="joint" className="space-y-3">
      <h2 id="joint" className="text-xl font-semibold">
        {t("joint.title")}
      </h2>
      <p className="text-sm text-slate-700">{t("joint.hint")}</p>
      {projects.length === 0 ? (
        <p>{t("joint.none")}</p>
      ) : (
        <ul className="space-y-3" data-testid="joint-projects">
          {projects.map((project) => {
            const input = { periodId, projectCode: project.code, countryCode };
            const signed = project.signed.includes(countryCode);
            return (
              <li
                key={project.code}
                className="space-y-2 rounded border border-slate-200 p-3"
                data-project={project.code}
              >
                <p>
                  <span className="font-mono text-xs">{project.code}</span>{" "}
                  <span lang={project.title.locale}>{project.title.value}</span>
                  <span className="text-sm text-slate-600">
                    {" "}
                    · {t("joint.lead")}: {nameOf(project.leadCountryCode)}
                  </span>
                </p>
                <p className="text-sm">
                  <span className="font-medium">{t("joint.signatures")}:</span>{" "}
                  {project.countries
                    .map(
                      (code) =>
                        `${nameOf(code)} (${project.signed.includes(code) ? t("joint.signed") : t("joint.notSigned")})`,
                    )
                    .join(" · ")}
                </p>
                {canSign &&
                  (signed ? (
                    <ActionButton
                      label={t("joint.withdraw", { country: nameOf(countryCode) })}
                      action={withdrawSignOffAction}
                      input={input}
                    />
                  ) : (
                    <ActionButton
                      label={t("joint.sign", { country: nameOf(countryCode) })}
                      action={signOffAction}
                      input={input}
                    />
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
