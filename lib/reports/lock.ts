import "server-only";
import type { Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";

/**
 * Refuses a change to a project's status updates dated on or before the cut-off of an approved
 * contribution of its lead country (for a plan the project implements): approval locks the
 * country's data for the period, and only an audited reopen unlocks it.
 */
export async function assertNotLocked(tx: Tx, projectId: string, dates: Date[]): Promise<void> {
  const earliest = new Date(Math.min(...dates.map((date) => date.getTime())));
  const locked = await tx.$queryRaw<{ year: number }[]>`
    SELECT pe.year FROM "Project" p
    JOIN "CountryReport" r ON r."countryCode" = p."leadCountryCode" AND r.state = 'approved'
    JOIN "ReportingPeriod" pe ON pe.id = r."periodId"
    WHERE p.id = ${projectId}::uuid AND pe."cutOff" >= ${earliest}::date
      AND EXISTS (
        SELECT 1 FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId"
        WHERE pp."projectId" = p.id AND pa."planId" = pe."planId"
      )
    LIMIT 1`;
  if (locked.length) throw new MutationError("locked");
}
