import "server-only";
import { changedFields } from "@/lib/audit/record";
import { can } from "@/lib/auth/permissions";
import { defineMutation, type MutationContext, type Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { resolveReferences } from "./references";
import {
  createProjectSchema,
  updateProjectSchema,
  type ProjectInput,
  type ProjectUpdateInput,
} from "./schemas";
import { projectScope } from "./scope";
import { refreshSearchText } from "./search-text";
import { projectSnapshot, SNAPSHOT_FIELDS } from "./snapshot";
import { createSourceText } from "@/lib/translations/texts";
import { wordingAudit, writeWording } from "@/lib/translations/wording";
import { assertNoZawgyi } from "@/lib/translations/zawgyi";
import { dayToDate } from "@/lib/validation/primitives";

const asDay = (value: string | null) => (value ? dayToDate(value) : null);

function scalarFields(input: ProjectInput) {
  return {
    leadCountryCode: input.leadCountryCode,
    implementingAgencies: input.implementingAgencies,
    approvalYear: input.approvalYear,
    batch: input.batch,
    plannedStart: asDay(input.plannedStart),
    plannedEnd: asDay(input.plannedEnd),
    actualStart: asDay(input.actualStart),
    actualEnd: asDay(input.actualEnd),
    status: input.status,
    progress: input.progress,
    sdgTargets: [...new Set(input.sdgTargets)],
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    published: input.published,
  };
}

/**
 * Replaces the project's lists (areas, paragraphs, countries, funding, locations) with the input's;
 * a project just created has none to remove.
 */
async function writeLists(
  tx: Tx,
  projectId: string,
  input: ProjectInput,
  refs: { areaIds: string[]; paragraphIds: string[] },
  created = false,
) {
  if (!created)
    await Promise.all([
      tx.projectArea.deleteMany({ where: { projectId } }),
      tx.projectParagraph.deleteMany({ where: { projectId } }),
      tx.projectCountry.deleteMany({ where: { projectId } }),
      tx.fundingLine.deleteMany({ where: { projectId } }),
      tx.projectLocation.deleteMany({ where: { projectId } }),
    ]);
  await Promise.all([
    tx.projectArea.createMany({
      data: refs.areaIds.map((priorityAreaId) => ({ projectId, priorityAreaId })),
    }),
    tx.projectParagraph.createMany({
      data: refs.paragraphIds.map((paragraphId) => ({ projectId, paragraphId })),
    }),
    tx.projectCountry.createMany({
      data: [...new Set(input.countries)].map((countryCode) => ({ projectId, countryCode })),
    }),
    tx.fundingLine.createMany({
      data: input.funding.map((line, position) => ({ projectId, position, ...line })),
    }),
    tx.projectLocation.createMany({
      data: input.locations.map((location, position) => ({ projectId, position, ...location })),
    }),
  ]);
}

/** The next code for a year and lead country, e.g. LMC-2019-TH-012; serialised by an advisory lock. */
async function nextCode(tx: Tx, year: number, country: string): Promise<string> {
  const prefix = `LMC-${year}-${country}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${prefix}))`;
  const last = await tx.project.findFirst({
    where: { code: { startsWith: prefix } },
    orderBy: { code: "desc" },
    select: { code: true },
  });
  const number = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(number).padStart(3, "0")}`;
}

/**
 * Everything a new project must pass that its schema cannot check, with nothing written: the
 * import's dry run stops here (lib/imports/project-import.ts), the writes below start here.
 */
export async function checkNewProject(tx: Tx, input: ProjectInput) {
  assertNoZawgyi({ title: input.title, summary: input.summary }, input.confirmedUnicode);
  return resolveReferences(tx, input);
}

/** A new project; the form's mutation and the spreadsheet import (lib/imports) both write through here. */
export async function writeNewProject(tx: Tx, input: ProjectInput) {
  const refs = await checkNewProject(tx, input);
  const project = await tx.project.create({
    data: {
      ...scalarFields(input),
      code: await nextCode(tx, input.approvalYear, input.leadCountryCode),
      pillarId: refs.pillarId,
      titleId: await createSourceText(tx, input.locale, input.title),
      summaryId: await createSourceText(tx, input.locale, input.summary),
    },
    select: { id: true, code: true },
  });
  await writeLists(tx, project.id, input, refs, true);
  await refreshSearchText(tx, project.id);
  const after = await projectSnapshot(tx, project.id, input.locale);
  return {
    result: { code: project.code },
    audit: {
      action: "projects.create",
      entityType: "Project",
      entityId: project.id,
      changes: changedFields(null, after, [...SNAPSHOT_FIELDS]),
    },
  };
}

export const createProject = defineMutation({
  name: "projects.create",
  permission: "projects.edit",
  input: createProjectSchema,
  scope: async (_tx, input) => ({ countryCode: input.leadCountryCode }),
  affectsPublicPages: true,
  run: (tx, input) => writeNewProject(tx, input),
});

/**
 * The progress rule: once a project has a status update, its status and progress are those of its
 * most recent update (by report date), so the project form may no longer set them; they change by
 * adding or correcting an update. Before the first update the form sets them.
 */
function assertFollowsUpdates(
  project: { status: string; progress: number; _count: { updates: number } },
  input: ProjectInput,
) {
  if (!project._count.updates) return;
  const problem = [{ key: "validation.followsLatestUpdate" }];
  const fieldErrors = {
    ...(input.status !== project.status && { status: problem }),
    ...(input.progress !== project.progress && { progress: problem }),
  };
  if (Object.keys(fieldErrors).length) throw new MutationError("invalid", { fieldErrors });
}

type ChangedProject = Parameters<typeof assertFollowsUpdates>[0];

/**
 * Everything a change to `project` must pass that its schema cannot check, with nothing written:
 * the import's dry run stops here, `writeProjectChange` starts here. The version is checked when
 * the change is written (a conflict), since only the write can see a save made meanwhile.
 */
export async function checkProjectChange(
  tx: Tx,
  input: ProjectUpdateInput,
  context: MutationContext,
  project: ChangedProject,
  permission: "projects.edit" | "projects.import" = "projects.edit",
) {
  assertNoZawgyi({ title: input.title, summary: input.summary }, input.confirmedUnicode);
  // Moving a project to another lead country needs the right to edit that country's projects too.
  if (context.actor && !can(context.actor, permission, { countryCode: input.leadCountryCode }))
    throw new MutationError("forbidden");
  assertFollowsUpdates(project, input);
  return resolveReferences(tx, input);
}

/**
 * A change to a project at the version its editor started from (a conflict otherwise); the form's
 * mutation and the spreadsheet import both write through here. The caller has checked the actor
 * against the project's current country.
 */
export async function writeProjectChange(
  tx: Tx,
  input: ProjectUpdateInput,
  context: MutationContext,
  permission: "projects.edit" | "projects.import" = "projects.edit",
) {
  const project = await tx.project.findUniqueOrThrow({
    where: { code: input.code },
    select: {
      id: true,
      titleId: true,
      summaryId: true,
      status: true,
      progress: true,
      _count: { select: { updates: true } },
    },
  });
  const refs = await checkProjectChange(tx, input, context, project, permission);
  const before = await projectSnapshot(tx, project.id, input.locale);
  const { count } = await tx.project.updateMany({
    where: { id: project.id, version: input.version },
    data: { ...scalarFields(input), pillarId: refs.pillarId, version: { increment: 1 } },
  });
  if (!count) {
    // The UPDATE waited for the winning save's row lock: a fresh read shows what it committed.
    throw new MutationError("conflict", { current: await projectSnapshot(tx, project.id, input.locale) });
  }
  const wordings = [
    await writeWording(tx, context, {
      textId: project.titleId,
      locale: input.locale,
      value: input.title,
      field: "title",
      required: true,
    }),
    await writeWording(tx, context, {
      textId: project.summaryId,
      locale: input.locale,
      value: input.summary,
      field: "summary",
      required: true,
    }),
  ];
  await writeLists(tx, project.id, input, refs);
  await refreshSearchText(tx, project.id);
  const after = await projectSnapshot(tx, project.id, input.locale);
  return {
    result: { code: input.code, version: after.version },
    audit: [
      {
        action: "projects.update",
        entityType: "Project",
        entityId: project.id,
        changes: {
          ...changedFields(before, after, [...SNAPSHOT_FIELDS]),
          locale: { before: null, after: input.locale },
        },
      },
      ...wordingAudit(wordings),
    ],
  };
}

export const updateProject = defineMutation({
  name: "projects.update",
  permission: "projects.edit",
  input: updateProjectSchema,
  scope: (tx, input) => projectScope(tx, { projectCode: input.code }),
  affectsPublicPages: true,
  run: (tx, input, context) => writeProjectChange(tx, input, context),
});
