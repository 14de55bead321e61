import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { seesUnpublished } from "@/lib/auth/permissions";
import { audienceOf } from "@/lib/projects/visibility";
import type { Viewer } from "@/lib/reads/define";

/** The editions `viewer` may read: published ones for the public, issued ones too for staff. */
export function visibleEditions(viewer: Viewer): Prisma.ReportEditionWhereInput {
  return seesUnpublished(viewer) ? {} : { publishedAt: { not: null } };
}

/** Whether `viewer` may read this edition (for reads handed an edition already loaded). */
export function mayReadEdition(viewer: Viewer, edition: { publishedAt: Date | null }): boolean {
  return edition.publishedAt !== null || seesUnpublished(viewer);
}

/** An edition's frozen projects `viewer` may see, as an SQL condition: unpublished ones for staff only. */
export function visibleEditionProjectsSql(viewer: Viewer): Prisma.Sql {
  return audienceOf(viewer) === "staff" ? Prisma.sql`true` : Prisma.sql`published`;
}
