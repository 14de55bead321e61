import { ActionButton } from "@/components/forms/action-button";
import type { CountryView } from "@/lib/cooperation/queries";
import { formatNumber } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { decideProposalAction } from "@/lib/reports/actions";
import type { ProposalView } from "@/lib/reports/queries";

/** The proposals with their decisions; a reviewer includes or excludes each while the list is open. */
export async function ProposalList({
  proposals,
  countries,
  canDecide,
  lng,
}: {
  proposals: ProposalView[];
  countries: CountryView[];
  canDecide: boolean;
  lng: Locale;
}) {
  const t = await getT(lng, "reports");
  const nameOf = (code: string) => countries.find((country) => country.code === code)?.name.value ?? code;
  if (!proposals.length) return <p>{t("proposals.none")}</p>;
  return (
    <ul className="space-y-3" data-testid="proposals">
      {proposals.map((proposal) => (
        <li
          key={proposal.id}
          className="space-y-1 rounded border border-slate-200 p-3"
          data-decision={proposal.decision}
        >
          <p className="font-semibold" lang={proposal.title.locale}>
            {proposal.title.value}
          </p>
          <p className="text-sm" lang={proposal.summary.locale}>
            {proposal.summary.value}
          </p>
          <p className="text-sm text-slate-700">
            {t("proposals.country")}: {nameOf(proposal.countryCode)} · {t("proposals.countries")}:{" "}
            {proposal.countries.map(nameOf).join(", ")}
            {proposal.estimatedBudgetUsd && (
              <>
                {" "}
                · {t("proposals.budget")}: {formatNumber(Number(proposal.estimatedBudgetUsd), lng)}
              </>
            )}
          </p>
          <p className="text-sm">
            {t("proposals.decision")}: <strong>{t(`proposals.decisions.${proposal.decision}`)}</strong>
          </p>
          {canDecide && (
            <div className="flex flex-wrap gap-2">
              {proposal.decision !== "included" && (
                <ActionButton
                  label={t("proposals.include")}
                  action={decideProposalAction}
                  input={{ id: proposal.id, version: proposal.version, decision: "included" }}
                />
              )}
              {proposal.decision !== "excluded" && (
                <ActionButton
                  label={t("proposals.exclude")}
                  action={decideProposalAction}
                  input={{ id: proposal.id, version: proposal.version, decision: "excluded" }}
                />
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
