import "server-only";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";

/**
 * The attachment, if `actor` may see its project: anyone for a published project, signed-in
 * staff for an unpublished one. Anything else is "not found" (no hint that it exists).
 */
export async function attachmentFor(id: string, actor: Actor | null) {
  if (!z.uuid().safeParse(id).success) return null;
  const attachment = await getDb().attachment.findUnique({
    where: { id },
    select: {
      fileName: true,
      mediaType: true,
      size: true,
      storageKey: true,
      update: { select: { project: { select: { published: true } } } },
    },
  });
  if (!attachment) return null;
  if (!attachment.update.project.published && !can(actor, "staff.read")) return null;
  return attachment;
}
