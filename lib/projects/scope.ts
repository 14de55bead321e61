import "server-only";
import type { Target } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/mutations/define";

/**
 * The country a project's records belong to: its lead country, whose secretariat keeps the project
 * and its status updates (null: no such project or update). The scope of every project mutation.
 */
export async function projectScope(
  tx: Tx,
  of: { projectCode: string } | { updateId: string },
): Promise<Target | null> {
  const project =
    "projectCode" in of
      ? await tx.project.findUnique({ where: { code: of.projectCode }, select: { leadCountryCode: true } })
      : ((
          await tx.statusUpdate.findUnique({
            where: { id: of.updateId },
            select: { project: { select: { leadCountryCode: true } } },
          })
        )?.project ?? null);
  return project && { countryCode: project.leadCountryCode };
}
