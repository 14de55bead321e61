// The dashboard's filters live in the address bar, like the project list's; anything malformed is
// ignored, never an error.
import { z } from "zod";

export const dashboardFilterSchema = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  area: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  pillar: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(2016).max(2100).optional().catch(undefined),
  /** Which measure colours the map. */
  measure: z.enum(["projects", "completion", "committed"]).catch("projects"),
});
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;

/** The project-list address (`base`: public or staff list) that shows the projects behind a figure. */
export function projectListHref(
  base: string,
  filter: Partial<DashboardFilter> & { status?: string },
): string {
  const query = new URLSearchParams();
  for (const key of ["country", "area", "pillar", "year", "status"] as const) {
    const value = filter[key];
    if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  }
  const search = query.toString();
  return `${base}${search ? `?${search}` : ""}`;
}
