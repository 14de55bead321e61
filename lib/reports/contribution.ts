import "server-only";
import { z } from "zod";
import { storedTextSchema } from "@/lib/i18n/localized-text";
import type { Tx } from "@/lib/mutations/define";
import { PROJECT_STATUSES } from "@/lib/projects/status";

/** A project as a country reports it for a period: its state as of the cut-off. */
export const reportedProjectSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: storedTextSchema,
  pillarSlug: z.string(),
  areaSlugs: z.array(z.string()),
  leadCountryCode: z.string(),
  countries: z.array(z.string()),
  approvalYear: z.number().int(),
  plannedEnd: z.string().nullable(),
  status: z.enum(PROJECT_STATUSES),
  progress: z.number().int(),
  /** The date of the latest update on or before the cut-off; null when there was none. */
  lastReportedOn: z.string().nullable(),
  usdCommitted: z.string(),
  usdDisbursed: z.string(),
  published: z.boolean(),
});
export type ReportedProject = z.infer<typeof reportedProjectSchema>;

/**
 * A submitted contribution's projects, frozen as JSON in `CountryReport.submitted`: written by
 * `reports.submit`, read back by the contribution page and by `reports.issueEdition`, both through
 * this one schema.
 */
export const frozenContributionSchema = z.array(reportedProjectSchema);

export type PeriodScope = { planId: string; year: number; cutOff: Date };

/**
 * The projects a country reports for a period: those it leads that implement the period's plan and
 * were approved by that year, each with the status and progress of its latest update on or before
 * the cut-off (with none: "approved", or "proposed" while still proposed, at 0 %). One SQL statement.
 */
export async function reportedProjects(
  db: Pick<Tx, "$queryRaw">,
  period: PeriodScope,
  countryCode: string,
): Promise<ReportedProject[]> {
  return db.$queryRaw<ReportedProject[]>`
    SELECT p.id::text, p.code,
      jsonb_build_object('sourceLocale', t."sourceLocale", 'translations',
        (SELECT jsonb_agg(jsonb_build_object('locale', tt.locale, 'value', tt.value, 'status', tt.status)
          ORDER BY tt.locale)
         FROM "TextTranslation" tt WHERE tt."textId" = t.id)) AS title,
      pillar.slug AS "pillarSlug",
      coalesce((SELECT array_agg(a.slug ORDER BY a.slug) FROM "ProjectArea" pa JOIN "PriorityArea" a
        ON a.id = pa."priorityAreaId" WHERE pa."projectId" = p.id), '{}') AS "areaSlugs",
      p."leadCountryCode"::text AS "leadCountryCode",
      coalesce((SELECT array_agg(pc."countryCode"::text ORDER BY pc."countryCode") FROM "ProjectCountry" pc
        WHERE pc."projectId" = p.id), '{}') AS countries,
      p."approvalYear", to_char(p."plannedEnd", 'YYYY-MM-DD') AS "plannedEnd",
      coalesce(u.status, CASE WHEN p.status = 'proposed' THEN 'proposed' ELSE 'approved'
        END::"ProjectStatus")::text AS status,
      coalesce(u.progress, 0) AS progress,
      to_char(u."reportedOn", 'YYYY-MM-DD') AS "lastReportedOn",
      coalesce(f.committed, 0)::text AS "usdCommitted", coalesce(f.disbursed, 0)::text AS "usdDisbursed",
      p.published
    FROM "Project" p
    JOIN "Text" t ON t.id = p."titleId"
    JOIN "Pillar" pillar ON pillar.id = p."pillarId"
    LEFT JOIN LATERAL (
      SELECT s.status, s.progress, s."reportedOn" FROM "StatusUpdate" s
      WHERE s."projectId" = p.id AND s."reportedOn" <= ${period.cutOff}::date
      ORDER BY s."reportedOn" DESC, s."createdAt" DESC LIMIT 1
    ) u ON true
    LEFT JOIN LATERAL (
      SELECT sum(amount) AS committed, sum(coalesce(disbursed, 0)) AS disbursed
      FROM "FundingLine" WHERE "projectId" = p.id AND currency = 'USD'
    ) f ON true
    WHERE p."leadCountryCode" = ${countryCode} AND p."approvalYear" <= ${period.year}
      AND EXISTS (
        SELECT 1 FROM "ProjectParagraph" pp JOIN "Paragraph" pa ON pa.id = pp."paragraphId"
        WHERE pp."projectId" = p.id AND pa."planId" = ${period.planId}::uuid
      )
    ORDER BY p.code`;
}
