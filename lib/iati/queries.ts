import "server-only";
import { defineRead } from "@/lib/reads/define";
import { PROJECT_CODE } from "@/lib/validation/primitives";
import { iatiProblemList } from "./file";

/**
 * Projects the IATI file leaves out, with the reasons, for staff to put right: published ones (left
 * out now) and unpublished ones (left out once published). One project's, for its staff page.
 */
export const listIatiProblems = defineRead("iati.problems", "staff.read", async (_viewer, code?: string) => {
  if (code !== undefined && !PROJECT_CODE.test(code)) return [];
  return iatiProblemList({ unpublished: true, ...(code ? { project: code } : {}) });
});
