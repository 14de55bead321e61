import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { seesUnpublished } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/reads/define";

/**
 * Who a cached read is for: the public (published projects only) or signed-in staff (every
 * project). A cache may be keyed by it; never by the viewer, which would make one cache per person.
 */
export type Audience = "public" | "staff";

export const audienceOf = (viewer: Viewer): Audience => (seesUnpublished(viewer) ? "staff" : "public");

/** The projects `viewer` may see: published ones for the public, every one for signed-in staff. */
export function visibleProjects(viewer: Viewer): Prisma.ProjectWhereInput {
  return audienceOf(viewer) === "staff" ? {} : { published: true };
}

/** The same rule as an SQL condition on a project table aliased `alias` (raw queries: roll-ups, figures). */
export function visibleProjectsSql(audience: Audience, alias: string): Prisma.Sql {
  return audience === "staff" ? Prisma.sql`true` : Prisma.sql`${Prisma.raw(`"${alias}"`)}.published`;
}
