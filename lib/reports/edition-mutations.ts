import "server-only";
import { defineMutation } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { issueEditionSchema, publishEditionSchema } from "./schemas";

/**
 * Issues the consolidated report once every country's contribution is approved: a numbered, frozen
 * edition built in SQL from the contributions as submitted (projects as of the cut-off), the joint
 * sign-offs and the narratives. Database triggers keep it from ever changing afterwards.
 */
export const issueEdition = defineMutation({
  name: "reports.issueEdition",
  permission: "reports.review",
  input: issueEditionSchema,
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
    const projects = await tx.$executeRaw`
      INSERT INTO "EditionProject" ("editionId", code, title, "pillarSlug", "areaSlugs", "leadCountryCode", countries, "approvalYear",
        "plannedEnd", status, progress, "usdCommitted", "usdDisbursed", updated, confirmed, overdue, published)
      SELECT ${edition.id}::uuid, x.code, x.title, x."pillarSlug", x."areaSlugs", x."leadCountryCode", x.countries, x."approvalYear",
        x."plannedEnd"::date, x.status::"ProjectStatus", x.progress, x."usdCommitted"::numeric, x."usdDisbursed"::numeric,
        x."lastReportedOn" IS NOT NULL,
        cardinality(x.countries) <= 1 OR NOT EXISTS (
          SELECT 1 FROM unnest(x.countries) AS c(code)
          WHERE NOT EXISTS (SELECT 1 FROM "JointSignOff" so WHERE so."periodId" = r."periodId" AND so."projectId" = x.id::uuid AND so."countryCode" = c.code)
        ),
        x."plannedEnd" IS NOT NULL AND x."plannedEnd"::date < ${period.cutOff}::date AND x.status NOT IN ('completed', 'cancelled'),
        x.published
      FROM "CountryReport" r,
        jsonb_to_recordset(r.submitted) AS x(id text, code text, title jsonb, "pillarSlug" text, "areaSlugs" text[], "leadCountryCode" text,
          countries text[], "approvalYear" int, "plannedEnd" text, status text, progress int, "lastReportedOn" text,
          "usdCommitted" text, "usdDisbursed" text, published boolean)
      WHERE r."periodId" = ${period.id}::uuid`;
    await tx.$executeRaw`
      INSERT INTO "EditionNarrative" ("editionId", "countryCode", "areaSlug", text)
      SELECT ${edition.id}::uuid, r."countryCode", a.slug,
        jsonb_build_object('sourceLocale', t."sourceLocale", 'translations',
          (SELECT jsonb_agg(jsonb_build_object('locale', tt.locale, 'value', tt.value, 'status', tt.status) ORDER BY tt.locale)
           FROM "TextTranslation" tt WHERE tt."textId" = t.id))
      FROM "CountryReport" r JOIN "ReportNarrative" n ON n."reportId" = r.id
      JOIN "PriorityArea" a ON a.id = n."priorityAreaId" JOIN "Text" t ON t.id = n."textId"
      WHERE r."periodId" = ${period.id}::uuid`;
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
      select: { id: true, publishedAt: true },
    });
    if (!edition) throw new MutationError("notFound");
    if (edition.publishedAt) throw new MutationError("duplicate");
    const publishedAt = new Date();
    await tx.reportEdition.update({ where: { id: edition.id }, data: { publishedAt } });
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
