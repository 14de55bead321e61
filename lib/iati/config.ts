// Who reports the portal's activities to IATI, and how their identifiers are formed
// (docs/decisions/0027-iati-activities.md). Set by the operator; the defaults suit a demo only.

export type ReportingOrg = { ref: string; type: string; name: string };

/** An IATI organisation identifier: a registration agency prefix and a number, no spaces or / & | ?. */
const ORG_REF = /^[A-Za-z0-9][A-Za-z0-9._-]{2,99}$/;

export function reportingOrg(env: Record<string, string | undefined> = process.env): ReportingOrg {
  const ref = env.IATI_REPORTING_ORG_REF ?? "";
  return {
    // XI-IATI: the IATI Secretariat's own prefix for organisations without a registry number.
    ref: ORG_REF.test(ref) ? ref : "XI-IATI-LMCPT",
    // 40: Multilateral (IATI OrganisationType codelist).
    type: /^\d{2}$/.test(env.IATI_REPORTING_ORG_TYPE ?? "") ? env.IATI_REPORTING_ORG_TYPE! : "40",
    name: env.IATI_REPORTING_ORG_NAME?.trim() || "Lancang-Mekong Cooperation Plan Tracker",
  };
}

/** An activity's IATI identifier: the reporting organisation's identifier, a hyphen, the project's code. */
export const iatiIdentifier = (org: ReportingOrg, projectCode: string) => `${org.ref}-${projectCode}`;
