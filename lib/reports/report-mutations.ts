import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportEventKind } from "@/generated/prisma/enums";
import type { FieldChanges } from "@/lib/audit/record";
import { defineMutation, type MutationContext, type Tx } from "@/lib/mutations/define";
import { notifyReportEvent } from "@/lib/notifications/events";
import { MutationError } from "@/lib/mutations/result";
import { createSourceText } from "@/lib/translations/texts";
import { wordingAudit, writeWording, type WordingWritten } from "@/lib/translations/wording";
import { assertNoZawgyi } from "@/lib/translations/zawgyi";
import { frozenContributionSchema, reportedProjects } from "./contribution";
import {
  approveReportSchema,
  reopenReportSchema,
  returnReportSchema,
  saveNarrativesSchema,
  submitReportSchema,
} from "./schemas";
import { nextState, TRANSITIONS, type ReportAction } from "./workflow";

/** The country whose contribution the input points at: the scope of every move (workflow.ts). */
const reportCountry = (tx: Tx, input: { reportId: string }) =>
  tx.countryReport.findUnique({ where: { id: input.reportId }, select: { countryCode: true } });

/** A move's permission and scope, both from the workflow's one table of transitions. */
const movePermission = (action: ReportAction) => ({
  permission: TRANSITIONS[action].permission,
  scope: reportCountry,
});

/**
 * Moves a contribution along the workflow, or refuses: a stale version is a conflict (someone else
 * acted first), an action the current state does not allow is "wrongState".
 */
async function move(
  tx: Tx,
  input: { reportId: string; version: number },
  action: ReportAction,
  data: Prisma.CountryReportUpdateManyMutationInput = {},
) {
  const report = await tx.countryReport.findUnique({
    where: { id: input.reportId },
    include: { period: true },
  });
  if (!report) throw new MutationError("notFound");
  if (report.version !== input.version)
    throw new MutationError("conflict", { current: { state: report.state, version: report.version } });
  const to = nextState(report.state, action);
  if (!to)
    throw new MutationError("wrongState", { current: { state: report.state, version: report.version } });
  const { count } = await tx.countryReport.updateMany({
    where: { id: report.id, version: input.version },
    data: { ...data, state: to, version: { increment: 1 } },
  });
  if (!count) {
    // The UPDATE waited for the winning move's row lock: a fresh read shows where it left the report.
    const now = await tx.countryReport.findUniqueOrThrow({ where: { id: report.id } });
    throw new MutationError("conflict", { current: { state: now.state, version: now.version } });
  }
  return { report, to };
}

/** The step in the report's review conversation, and the notifications it sends (ADR 29). */
async function recordEvent(
  tx: Tx,
  report: { id: string; countryCode: string; period: { year: number } },
  kind: ReportEventKind,
  context: MutationContext,
  comment = "",
) {
  await tx.reportEvent.create({
    data: { reportId: report.id, kind, comment, actorId: context.actor?.userId ?? null },
  });
  await notifyReportEvent(tx, report, kind, comment);
}

function audited(action: string, reportId: string, from: string, to: string, extra: FieldChanges = {}) {
  return {
    action,
    entityType: "CountryReport",
    entityId: reportId,
    changes: { state: { before: from, after: to }, ...extra },
  };
}

export const saveReportNarratives = defineMutation({
  name: "reports.saveNarratives",
  ...movePermission("save"),
  input: saveNarrativesSchema,
  async run(tx, input, context) {
    assertNoZawgyi(
      Object.fromEntries(
        Object.entries(input.narratives).map(([slug, value]) => [`narratives.${slug}`, value]),
      ),
      input.confirmedUnicode,
    );
    const { report, to } = await move(tx, input, "save");
    const areas = await tx.priorityArea.findMany({
      where: { slug: { in: Object.keys(input.narratives) } },
      select: { id: true, slug: true },
    });
    const unknown = Object.keys(input.narratives).filter((slug) => !areas.some((area) => area.slug === slug));
    if (unknown.length)
      throw new MutationError("invalid", {
        fieldErrors: Object.fromEntries(
          unknown.map((slug) => [`narratives.${slug}`, [{ key: "validation.unknownArea" }]]),
        ),
      });
    const existing = await tx.reportNarrative.findMany({
      where: { reportId: report.id },
      select: { priorityAreaId: true, textId: true, text: { select: { sourceLocale: true } } },
    });
    const changes: FieldChanges = report.state === to ? {} : { state: { before: report.state, after: to } };
    const wordings: WordingWritten[] = [];
    for (const area of areas) {
      const value = input.narratives[area.slug]!;
      const current = existing.find((narrative) => narrative.priorityAreaId === area.id);
      if (current && value) {
        const written = await writeWording(tx, context, {
          textId: current.textId,
          locale: input.locale,
          value,
        });
        wordings.push(written);
        if (written.changed) changes[`narrative.${area.slug}`] = { before: written.before, after: value };
      } else if (current && current.text.sourceLocale === input.locale) {
        // Emptied by its author; an empty box in another language only means "not translated".
        await tx.reportNarrative.delete({
          where: { reportId_priorityAreaId: { reportId: report.id, priorityAreaId: area.id } },
        });
        changes[`narrative.${area.slug}`] = { before: "(removed)", after: null };
      } else if (value) {
        const textId = await createSourceText(tx, input.locale, value);
        await tx.reportNarrative.create({ data: { reportId: report.id, priorityAreaId: area.id, textId } });
        changes[`narrative.${area.slug}`] = { before: null, after: value };
      }
    }
    return {
      result: { version: report.version + 1 },
      audit: [
        { action: "reports.saveNarratives", entityType: "CountryReport", entityId: report.id, changes },
        ...wordingAudit(wordings),
      ],
    };
  },
});

export const submitReport = defineMutation({
  name: "reports.submit",
  ...movePermission("submit"),
  input: submitReportSchema,
  async run(tx, input, context) {
    const current = await tx.countryReport.findUnique({
      where: { id: input.reportId },
      include: { period: true },
    });
    if (!current) throw new MutationError("notFound");
    const projects = await reportedProjects(tx, current.period, current.countryCode);
    const { report, to } = await move(tx, input, "submit", {
      submitted: frozenContributionSchema.parse(projects),
      submittedAt: new Date(),
    });
    await recordEvent(tx, report, "submitted", context);
    return {
      result: { version: report.version + 1 },
      audit: audited("reports.submit", report.id, report.state, to, {
        projects: { before: null, after: projects.length },
      }),
    };
  },
});

export const returnReport = defineMutation({
  name: "reports.return",
  ...movePermission("return"),
  input: returnReportSchema,
  async run(tx, input, context) {
    const { report, to } = await move(tx, input, "return");
    await recordEvent(tx, report, "returned", context, input.comment);
    return {
      result: { version: report.version + 1 },
      audit: audited("reports.return", report.id, report.state, to, {
        comment: { before: null, after: input.comment },
      }),
    };
  },
});

export const approveReport = defineMutation({
  name: "reports.approve",
  ...movePermission("approve"),
  input: approveReportSchema,
  affectsPublicPages: true,
  async run(tx, input, context) {
    const { report, to } = await move(tx, input, "approve");
    await recordEvent(tx, report, "approved", context);
    return {
      result: { version: report.version + 1 },
      audit: audited("reports.approve", report.id, report.state, to),
    };
  },
});

export const reopenReport = defineMutation({
  name: "reports.reopen",
  ...movePermission("reopen"),
  input: reopenReportSchema,
  async run(tx, input, context) {
    const { report, to } = await move(tx, input, "reopen");
    await recordEvent(tx, report, "reopened", context, input.comment);
    return {
      result: { version: report.version + 1 },
      audit: audited("reports.reopen", report.id, report.state, to, {
        reason: { before: null, after: input.comment },
      }),
    };
  },
});
