import "server-only";
import { changedFields } from "@/lib/audit/record";
import type { z } from "zod";
import { defineMutation, type MutationContext, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { assertNotLocked } from "@/lib/reports/lock";
import { createSourceText } from "@/lib/translations/texts";
import { wordingAudit, writeWording, type WordingWritten } from "@/lib/translations/wording";
import { assertNoZawgyi } from "@/lib/translations/zawgyi";
import { dateToDay, dayToDate as asDay } from "@/lib/validation/primitives";
import { checkAttachments, storeAttachments } from "./attachments";
import { createStatusUpdateSchema, editStatusUpdateSchema } from "./schemas";
import { projectScope } from "./scope";

/** The project takes the status and progress of its most recent update. */
async function followLatestUpdate(tx: Tx, projectId: string) {
  const latest = await tx.statusUpdate.findFirst({
    where: { projectId },
    orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
    select: { status: true, progress: true },
  });
  if (latest)
    await tx.project.update({
      where: { id: projectId },
      data: { status: latest.status, progress: latest.progress, version: { increment: 1 } },
    });
}

async function optionalText(tx: Tx, locale: Parameters<typeof createSourceText>[1], value: string) {
  return value ? createSourceText(tx, locale, value) : null;
}

const assertNoZawgyiIn = (input: z.infer<typeof editStatusUpdateSchema | typeof createStatusUpdateSchema>) =>
  assertNoZawgyi(
    { narrative: input.narrative, milestones: input.milestones, issues: input.issues },
    input.confirmedUnicode,
  );

/**
 * Everything a new status update must pass that its schema cannot check, with nothing written:
 * the import's dry run stops here (lib/imports/update-import.ts), `writeNewStatusUpdate` starts here.
 */
export async function checkNewStatusUpdate(tx: Tx, input: z.infer<typeof createStatusUpdateSchema>) {
  assertNoZawgyiIn(input);
  const project = await tx.project.findUnique({
    where: { code: input.projectCode },
    select: { id: true, status: true, progress: true },
  });
  if (!project) throw new MutationError("notFound");
  await assertNotLocked(tx, project.id, [asDay(input.reportedOn)]);
  // The actor's scope is checked (by the pipeline) before any file is read or written.
  const files = await checkAttachments(input.attachments);
  return { project, files };
}

/**
 * A new status update; the form's mutation and the spreadsheet import (lib/imports) both write
 * through here. The caller has checked the actor against the project's country.
 */
export async function writeNewStatusUpdate(
  tx: Tx,
  input: z.infer<typeof createStatusUpdateSchema>,
  { actor }: MutationContext,
  importKey: string | null = null,
) {
  const { project, files } = await checkNewStatusUpdate(tx, input);
  const update = await tx.statusUpdate.create({
    data: {
      projectId: project.id,
      reportedOn: asDay(input.reportedOn),
      periodYear: input.periodYear,
      status: input.status,
      progress: input.progress,
      narrativeId: await createSourceText(tx, input.locale, input.narrative),
      milestonesId: await optionalText(tx, input.locale, input.milestones),
      issuesId: await optionalText(tx, input.locale, input.issues),
      evidenceLinks: input.evidenceLinks,
      importKey,
      authorId: actor?.userId ?? null,
    },
    select: { id: true },
  });
  await storeAttachments(tx, update.id, files, actor?.userId ?? null);
  await followLatestUpdate(tx, project.id);
  const after = await tx.project.findUniqueOrThrow({
    where: { id: project.id },
    select: { status: true, progress: true },
  });
  return {
    result: { id: update.id },
    audit: [
      {
        action: "updates.create",
        entityType: "StatusUpdate",
        entityId: update.id,
        changes: {
          project: { before: null, after: input.projectCode },
          reportedOn: { before: null, after: input.reportedOn },
          status: { before: null, after: input.status },
          progress: { before: null, after: input.progress },
          narrative: { before: null, after: input.narrative },
          attachments: {
            before: null,
            after: files.map((file) => `${file.fileName} (${file.sha256.slice(0, 12)})`),
          },
        },
      },
      {
        action: "projects.followUpdate",
        entityType: "Project",
        entityId: project.id,
        changes: changedFields(project, after, ["status", "progress"]),
      },
    ],
  };
}

export const createStatusUpdate = defineMutation({
  name: "updates.create",
  permission: "projects.edit",
  input: createStatusUpdateSchema,
  scope: (tx, input) => projectScope(tx, { projectCode: input.projectCode }),
  affectsPublicPages: true,
  run: (tx, input, context) => writeNewStatusUpdate(tx, input, context),
});

/**
 * Everything a correction of `before` must pass that its schema cannot check, with nothing
 * written: the import's dry run stops here, `writeStatusUpdateChange` starts here. The version is
 * checked when the correction is written (a conflict).
 */
export async function checkStatusUpdateChange(
  tx: Tx,
  input: z.infer<typeof editStatusUpdateSchema>,
  before: { projectId: string; reportedOn: Date },
) {
  assertNoZawgyiIn(input);
  await assertNotLocked(tx, before.projectId, [before.reportedOn, asDay(input.reportedOn)]);
}

/**
 * A correction of a status update at the version its editor started from (a conflict otherwise);
 * the form's mutation and the spreadsheet import both write through here.
 */
export async function writeStatusUpdateChange(
  tx: Tx,
  input: z.infer<typeof editStatusUpdateSchema>,
  context: MutationContext,
) {
  const before = await tx.statusUpdate.findUniqueOrThrow({ where: { id: input.id } });
  await checkStatusUpdateChange(tx, input, before);
  const { count } = await tx.statusUpdate.updateMany({
    where: { id: input.id, version: input.version },
    data: {
      reportedOn: asDay(input.reportedOn),
      periodYear: input.periodYear,
      status: input.status,
      progress: input.progress,
      evidenceLinks: input.evidenceLinks,
      version: { increment: 1 },
    },
  });
  if (!count) {
    // The UPDATE waited for the winning save's row lock: a fresh read shows what it committed.
    const current = await tx.statusUpdate.findUniqueOrThrow({ where: { id: input.id } });
    throw new MutationError("conflict", {
      current: {
        status: current.status,
        progress: current.progress,
        reportedOn: dateToDay(current.reportedOn),
        version: current.version,
      },
    });
  }
  const wordings: WordingWritten[] = [];
  const write = async (textId: string, value: string, field: string, required = false) => {
    const written = await writeWording(tx, context, {
      textId,
      locale: input.locale,
      value,
      field,
      required,
    });
    wordings.push(written);
    return written;
  };
  const narrative = await write(before.narrativeId, input.narrative, "narrative", true);
  for (const [field, value, name] of [
    ["milestonesId", input.milestones, "milestones"],
    ["issuesId", input.issues, "issues"],
  ] as const) {
    const textId = before[field];
    if (textId) await write(textId, value, name);
    else if (value) {
      const created = await createSourceText(tx, input.locale, value);
      await tx.statusUpdate.update({ where: { id: input.id }, data: { [field]: created } });
    }
  }
  await followLatestUpdate(tx, before.projectId);
  return {
    result: { version: before.version + 1 },
    audit: [
      {
        action: "updates.edit",
        entityType: "StatusUpdate",
        entityId: input.id,
        changes: changedFields(
          {
            reportedOn: dateToDay(before.reportedOn),
            status: before.status,
            progress: before.progress,
            evidenceLinks: before.evidenceLinks,
            narrative: narrative.before,
          },
          {
            reportedOn: input.reportedOn,
            status: input.status,
            progress: input.progress,
            evidenceLinks: input.evidenceLinks,
            narrative: input.narrative,
          },
          ["reportedOn", "status", "progress", "evidenceLinks", "narrative"],
        ),
      },
      ...wordingAudit(wordings),
    ],
  };
}

export const editStatusUpdate = defineMutation({
  name: "updates.edit",
  permission: "projects.edit",
  input: editStatusUpdateSchema,
  scope: (tx, input) => projectScope(tx, { updateId: input.id }),
  affectsPublicPages: true,
  run: writeStatusUpdateChange,
});
