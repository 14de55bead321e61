import "server-only";
import { defineMutation, type Tx } from "@/lib/mutations/define";
import { dateToDay, dayToDate } from "@/lib/validation/primitives";
import { frozenContributionSchema } from "./contribution";
import { queueBriefingPrints } from "@/lib/briefing/print-queue";
import { MutationError } from "@/lib/mutations/result";
import { notifyEdition } from "@/lib/notifications/events";
import { issueEditionSchema, publishEditionSchema } from "./schemas";

const CLOSED = new Set(["completed", "cancelled"]);

/**
 * The edition's projects: every country's contribution as submitted (read back through the schema
 * it was frozen with), each confirmed when single-country or signed off by every participating
 * country, and overdue when its planned end fell before the cut-off without it being closed.
 */
async function freezeProjects(
  tx: Tx,
  editionId: string,
  period: { id: string; cutOff: Date },
): Promise<number> {
  const [reports, signOffs] = await Promise.all([
    tx.countryReport.findMany({ where: { periodId: period.id }, select: { submitted: true } }),
    tx.jointSignOff.findMany({
      where: { periodId: period.id },
      select: { projectId: true, countryCode: true },
    }),
  ]);
  const signed = new Set(signOffs.map((signOff) => `${signOff.projectId}/${signOff.countryCode}`));
  const cutOff = dateToDay(period.cutOff);
  const rows = reports
    .flatMap((report) => frozenContributionSchema.parse(report.submitted ?? []))
    .map((project) => ({
      editionId,
      code: project.code,
      title: project.title,
      pillarSlug: project.pillarSlug,
      areaSlugs: project.areaSlugs,
      leadCountryCode: project.leadCountryCode,
      countries: project.countries,
      approvalYear: project.approvalYear,
      plannedEnd: project.plannedEnd ? dayToDate(project.plannedEnd) : null,
      status: project.status,
      progress: project.progress,
      usdCommitted: project.usdCommitted,
      usdDisbursed: project.usdDisbursed,
      updated: project.lastReportedOn !== null,
      confirmed:
        project.countries.length <= 1 ||
        project.countries.every((country) => signed.has(`${project.id}/${country}`)),
      overdue: project.plannedEnd !== null && project.plannedEnd < cutOff && !CLOSED.has(project.status),
      published: project.published,
    }));
  // In batches: one INSERT may carry at most 65,535 parameters.
  for (let start = 0; start < rows.length; start += 1000) {
    await tx.editionProject.createMany({ data: rows.slice(start, start + 1000) });
  }
  return rows.length;
}

/**
 * Issues the consolidated report once every country's contribution is approved: a numbered, frozen
 * edition built in SQL from the contributions as submitted (projects as of the cut-off), the joint
 * sign-offs and the narratives. Database triggers keep it from ever changing afterwards.
 */
export const issueEdition = defineMutation({
  name: "reports.issueEdition",
  permission: "reports.review",
  input: issueEditionSchema,
  // Every project of the period is frozen into the edition in this one transaction: at 10,000
  // projects that outlived the forms' five seconds on a 2-core machine (npm run bench, part three).
  timeoutMs: 60_000,
  async run(tx, input, { actor }) {
    // Serialises issuing: edition numbers are consecutive.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ReportEdition.number'))`;
    const period = await tx.reportingPeriod.findUnique({
      where: { id: input.periodId },
      include: { reports: { select: { state: true } } },
    });
    if (!period) throw new MutationError("notFound");
    if (!period.reports.length || period.reports.some((report) => report.state !== "approved"))
      throw new MutationError("incomplete");
    const last = await tx.reportEdition.findFirst({ orderBy: { number: "desc" }, select: { number: true } });
    const edition = await tx.reportEdition.create({
      data: {
        number: (last?.number ?? 0) + 1,
        periodId: period.id,
        asOf: period.cutOff,
        issuedById: actor?.userId ?? null,
      },
      select: { id: true, number: true },
    });
    const projects = await freezeProjects(tx, edition.id, period);
    await tx.$executeRaw`
      INSERT INTO "EditionNarrative" ("editionId", "countryCode", "areaSlug", text)
      SELECT ${edition.id}::uuid, r."countryCode", a.slug,
        jsonb_build_object('sourceLocale', t."sourceLocale", 'translations',
          (SELECT jsonb_agg(jsonb_build_object('locale', tt.locale, 'value', tt.value, 'status', tt.status)
            ORDER BY tt.locale)
           FROM "TextTranslation" tt WHERE tt."textId" = t.id))
      FROM "CountryReport" r JOIN "ReportNarrative" n ON n."reportId" = r.id
      JOIN "PriorityArea" a ON a.id = n."priorityAreaId" JOIN "Text" t ON t.id = n."textId"
      WHERE r."periodId" = ${period.id}::uuid`;
    await notifyEdition(tx, { number: edition.number, year: period.year }, "issued");
    return {
      result: { number: edition.number },
      audit: {
        action: "reports.issueEdition",
        entityType: "ReportEdition",
        entityId: edition.id,
        changes: {
          number: { before: null, after: edition.number },
          year: { before: null, after: period.year },
          projects: { before: null, after: projects },
        },
      },
    };
  },
});

export const publishEdition = defineMutation({
  name: "reports.publishEdition",
  permission: "reports.review",
  input: publishEditionSchema,
  affectsPublicPages: true,
  async run(tx, input) {
    const edition = await tx.reportEdition.findUnique({
      where: { number: input.number },
      select: { id: true, publishedAt: true, period: { select: { year: true } } },
    });
    if (!edition) throw new MutationError("notFound");
    if (edition.publishedAt) throw new MutationError("duplicate");
    const publishedAt = new Date();
    await tx.reportEdition.update({ where: { id: edition.id }, data: { publishedAt } });
    // Officials open the pack right after publication: the print job prints it ahead.
    await queueBriefingPrints(tx, edition.id);
    await notifyEdition(tx, { number: input.number, year: edition.period.year }, "published");
    return {
      result: { number: input.number },
      audit: {
        action: "reports.publishEdition",
        entityType: "ReportEdition",
        entityId: edition.id,
        changes: { publishedAt: { before: null, after: publishedAt.toISOString() } },
      },
    };
  },
});
