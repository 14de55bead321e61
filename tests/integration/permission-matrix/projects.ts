// The permission matrix's rows for projects, status updates and spreadsheet imports:
// who may run each mutation on a record of their own country or another's, and the input it is
// tried with (../permission-matrix.test.ts).
import { createTestProject, createTestUpdate, projectInput, updateInput } from "../../support/projects";
import { checkProjectImport } from "@/lib/imports/mutations";
import { runQueuedImport } from "@/lib/imports/worker";
import { countryOf, db, everyone, importSheet, type Row } from "./shared";

export const projectsRows: Record<string, Row> = {
  // Projects belong to their lead country: its secretariat (and admins) may change them.
  "projects.create": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => projectInput(countryOf(relation)),
  },
  "projects.update": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => {
      const project = await createTestProject(db, countryOf(relation));
      return {
        ...projectInput(countryOf(relation), { title: "Renamed project", progress: 60 }),
        code: project.code,
        version: project.version,
      };
    },
  },
  "updates.create": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => updateInput((await createTestProject(db, countryOf(relation))).code),
  },
  "updates.edit": {
    allowed: { own: ["admin", "secretariat"], other: ["admin"] },
    input: async (_actor, relation) => {
      const project = await createTestProject(db, countryOf(relation));
      const update = await createTestUpdate(db, project.code);
      const {
        projectCode: _code,
        attachments: _files,
        ...fields
      } = updateInput(project.code, { narrative: "Corrected narrative." });
      return { ...fields, id: update.id, version: update.version };
    },
  },
  // Taking a file is a right of the roles that edit projects and of coordinators; each row is then
  // scoped by its country (another country's rows are rejected with the reason:
  // tests/integration/imports.test.ts), coordinators' rows are not.
  "imports.projects.check": {
    allowed: everyone("admin", "coordinator", "secretariat"),
    input: async (_actor, relation) => ({ mode: "check", lng: "en", file: importSheet(relation) }),
  },
  "imports.projects": {
    allowed: everyone("admin", "coordinator", "secretariat"),
    input: async (actor, relation) => {
      const file = importSheet(relation);
      const checked = await checkProjectImport.execute(
        { db, actor, ip: null },
        { mode: "check", lng: "en", file },
      );
      if (checked.ok) await runQueuedImport(db, checked.data.runId, { onImported: async () => {} });
      return { mode: "import", lng: "en", file };
    },
  },
  // The import job tries a queued file as its uploader (lib/imports/worker.ts): the rights are those
  // of the account when the file is tried; a row of another country is rejected, not the run.
  "imports.process": {
    allowed: everyone("admin", "coordinator", "secretariat"),
    input: async (actor, relation) => {
      const file = importSheet(relation);
      const run = await db.importRun.create({
        data: {
          state: "running",
          mode: "check",
          lng: "en",
          file: new Uint8Array(await file.arrayBuffer()),
          userId: actor?.userId ?? null,
          userEmail: actor?.email ?? "",
          fileName: file.name,
          sha256: "0".repeat(64),
        },
      });
      return { runId: run.id };
    },
  },
};
