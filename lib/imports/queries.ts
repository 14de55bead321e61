import "server-only";
import { getDb } from "@/lib/db/client";
import { defineRead } from "@/lib/reads/define";
import type { RowProblem } from "./project-rows";

/** The latest imports and dry runs: an administrator reviews everyone's, a secretariat their own. */
export const listImportRuns = defineRead("imports.list", "projects.import", async (viewer) => {
  const runs = await getDb().importRun.findMany({
    where: viewer.role === "admin" ? {} : { userId: viewer.userId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      kind: true,
      state: true,
      userEmail: true,
      fileName: true,
      rows: true,
      created: true,
      updated: true,
      unchanged: true,
      rejected: true,
      problems: true,
      createdAt: true,
    },
  });
  return runs.map((run) => ({ ...run, problems: run.problems as RowProblem[] }));
});
