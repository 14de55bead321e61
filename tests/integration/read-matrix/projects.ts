// The read matrix's rows for projects, status updates, attachments, plans, roll-ups, the
// dashboard, IATI problems and imports: public reads and what would reveal the restricted records,
// restricted reads and who may make them (../read-matrix.test.ts).
import { dashboardData } from "@/lib/dashboard/cached";
import { listIatiProblems } from "@/lib/iati/queries";
import { getPlanForEditing, getSectionForEditing, listPlansForEditing } from "@/lib/plan/editor-queries";
import { listPlanOptions } from "@/lib/plan/queries";
import { attachmentFile } from "@/lib/projects/attachments";
import { projectFilterSchema } from "@/lib/projects/filters";
import {
  getProjectForEdit,
  getProjectPage,
  getUpdateForEdit,
  listProjectCodes,
  listProjects,
} from "@/lib/projects/queries";
import { areaRollups, paragraphRollups, sectionRollups } from "@/lib/projects/rollup";
import { getImportRun, listImportRuns } from "@/lib/imports/queries";
import { projectExportBatch } from "@/lib/imports/project-export";
import { projectUpdatesForExport } from "@/lib/imports/update-export";
import { counted, fixture, listed, projectCount, type Row, SIGNED_IN } from "./shared";

export const projectsRows: Record<string, Row> = {
  "projects.list": {
    access: "public",
    call: (v) => listProjects(v, projectFilterSchema.parse({ q: fixture.marker }), "en"),
    reveals: listed,
  },
  "projects.codes": {
    access: "public",
    call: (v) => listProjectCodes(v),
    reveals: (r) => (r as { code: string }[]).some((project) => project.code === fixture.hidden.code),
  },
  "projects.page": {
    access: "public",
    call: (v) => getProjectPage(v, fixture.hidden.code, "en"),
    reveals: (r) => r !== null,
  },
  "projects.forEdit": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => getProjectForEdit(v, fixture.hidden.code, "en"),
  },
  "imports.list": {
    access: "restricted",
    allowed: ["secretariat", "coordinator", "admin"],
    call: (v) => listImportRuns(v),
  },
  "imports.get": {
    access: "restricted",
    allowed: ["secretariat", "coordinator", "admin"],
    call: (v) => getImportRun(v, "00000000-0000-4000-8000-000000000000"),
  },
  "projects.exportBatch": {
    access: "public",
    call: (v) => projectExportBatch(v, projectFilterSchema.parse({ q: fixture.marker }), null),
    reveals: (r) => (r as { code: string }[]).some((project) => project.code === fixture.hidden.code),
  },
  "iati.problems": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => listIatiProblems(v, fixture.hidden.code),
  },
  "updates.forEdit": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => getUpdateForEdit(v, fixture.hidden.code, fixture.updateId, "en"),
  },
  "rollups.paragraphs": {
    access: "public",
    call: (v) => paragraphRollups(v, fixture.plan.planId),
    reveals: counted(() => fixture.plan.paragraphIds[0]!),
  },
  "rollups.sections": {
    access: "public",
    call: (v) => sectionRollups(v, fixture.plan.planId),
    reveals: counted(() => fixture.plan.sectionId),
  },
  "rollups.areas": {
    access: "public",
    call: (v) => areaRollups(v),
    reveals: (r) =>
      ((r as Map<string, { count: number }>).get("water-resources")?.count ?? 0) > fixture.publishedInArea,
  },
  "attachments.file": {
    access: "public",
    call: (v) => attachmentFile(v, fixture.attachmentId),
    reveals: (r) => r !== null,
  },
  "dashboard.data": {
    access: "public",
    call: (v) => dashboardData(v, { id: fixture.plan.planId, startYear: 2090, endYear: 2094 }, {}, 2090),
    reveals: (r) => projectCount((r as { figures: unknown }).figures),
  },
  "plans.options": {
    access: "public",
    call: (v) => listPlanOptions(v, "en"),
    reveals: (r) => (r as { slug: string }[]).some((plan) => plan.slug === fixture.plan.slug),
  },
  "plan.listForEditing": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => listPlansForEditing(v, "en"),
  },
  "plan.forEditing": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => getPlanForEditing(v, fixture.plan.slug, "en"),
  },
  "plan.sectionForEditing": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => getSectionForEditing(v, fixture.plan.planId, "1.1"),
  },
  "updates.exportForProject": {
    access: "public",
    call: (v) => projectUpdatesForExport(v, fixture.hidden.code),
    reveals: (r) => r !== null,
  },
};
