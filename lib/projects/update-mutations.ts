import "server-only";
import { changedFields } from "@/lib/audit/record";
import { defineMutation, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { assertNotLocked } from "@/lib/reports/lock";
import { createStatusUpdateSchema, editStatusUpdateSchema } from "./schemas";
import { createSourceText, writeWording } from "@/lib/translations/texts";

const asDay = (value: string) => new Date(`${value}T00:00:00Z`);

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

export const createStatusUpdate = defineMutation({
  name: "updates.create",
  permission: "projects.edit",
  input: createStatusUpdateSchema,
  scope: async (tx, input) =>
    tx.project
      .findUnique({ where: { code: input.projectCode }, select: { leadCountryCode: true } })
      .then((project) => project && { countryCode: project.leadCountryCode }),
  affectsPublicPages: true,
  async run(tx, input, { actor }) {
    const project = await tx.project.findUnique({
      where: { code: input.projectCode },
      select: { id: true, status: true, progress: true },
    });
    if (!project) throw new MutationError("notFound");
    await assertNotLocked(tx, project.id, [asDay(input.reportedOn)]);
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
        authorId: actor?.userId ?? null,
        attachments: {
          create: input.attachments.map((attachment) => ({
            ...attachment,
            uploadedById: actor?.userId ?? null,
          })),
        },
      },
      select: { id: true },
    });
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
              after: input.attachments.map(
                (attachment) => `${attachment.fileName} (${attachment.sha256.slice(0, 12)})`,
              ),
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
  },
});

export const editStatusUpdate = defineMutation({
  name: "updates.edit",
  permission: "projects.edit",
  input: editStatusUpdateSchema,
  scope: async (tx, input) =>
    tx.statusUpdate
      .findUnique({ where: { id: input.id }, select: { project: { select: { leadCountryCode: true } } } })
      .then((update) => update && { countryCode: update.project.leadCountryCode }),
  affectsPublicPages: true,
  async run(tx, input) {
    const before = await tx.statusUpdate.findUniqueOrThrow({
      where: { id: input.id },
      include: { narrative: { include: { translations: { where: { locale: input.locale } } } } },
    });
    await assertNotLocked(tx, before.projectId, [before.reportedOn, asDay(input.reportedOn)]);
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
    if (!count)
      throw new MutationError("conflict", {
        current: {
          status: before.status,
          progress: before.progress,
          reportedOn: before.reportedOn.toISOString().slice(0, 10),
          version: before.version,
        },
      });
    const narrativeBefore = await writeWording(tx, before.narrativeId, input.locale, input.narrative);
    for (const [field, value] of [
      ["milestonesId", input.milestones],
      ["issuesId", input.issues],
    ] as const) {
      const textId = before[field];
      if (textId) await writeWording(tx, textId, input.locale, value);
      else if (value)
        await tx.statusUpdate.update({
          where: { id: input.id },
          data: { [field]: await createSourceText(tx, input.locale, value) },
        });
    }
    await followLatestUpdate(tx, before.projectId);
    return {
      result: { version: before.version + 1 },
      audit: {
        action: "updates.edit",
        entityType: "StatusUpdate",
        entityId: input.id,
        changes: {
          ...changedFields(
            {
              reportedOn: before.reportedOn.toISOString().slice(0, 10),
              status: before.status,
              progress: before.progress,
              evidenceLinks: before.evidenceLinks,
              narrative: narrativeBefore,
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
      },
    };
  },
});
