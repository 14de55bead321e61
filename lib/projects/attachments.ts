import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { Tx } from "@/lib/mutations/define";
import { MutationError } from "@/lib/mutations/result";
import { defineRead } from "@/lib/reads/define";
import type { Problem } from "@/lib/validation/errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "./schemas";
import { visibleProjects } from "./visibility";

/** What one status update may carry in one request, multipart overhead included. */
export const MAX_UPDATE_BODY_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 1024 * 1024;

/** The file types a status update may carry, recognised by their content, never by their name. */
const ALLOWED = new Map<string, string>([
  ["application/pdf", "pdf"],
  ["image/png", "png"],
  ["image/jpeg", "jpg"],
  ["image/webp", "webp"],
  ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  ["application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"],
  ["application/vnd.oasis.opendocument.text", "odt"],
  ["application/vnd.oasis.opendocument.spreadsheet", "ods"],
]);

/** A file name that is safe to show and to send back in Content-Disposition. */
function cleanName(name: string, extension: string): string {
  const base =
    (name.split(/[\\/]/).pop() ?? "")
      .replace(/[\u0000-\u001f\u007f"\\/<>:|?*]+/g, "_")
      .trim()
      .slice(0, 150) || "attachment";
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/**
 * Reads the files and recognises their type by content; refuses (changing nothing) when any is not
 * an allowed type. The mutation calls it after the actor's scope was checked, before writing.
 */
export async function checkAttachments(files: File[]) {
  const problems: Problem[] = [];
  const checked = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const detected = await fileTypeFromBuffer(bytes);
    const extension = detected && ALLOWED.get(detected.mime);
    if (!detected || !extension) {
      problems.push({ key: "validation.fileType", params: { name: file.name.slice(0, 80) } });
      continue;
    }
    checked.push({
      fileName: cleanName(file.name, extension),
      mediaType: detected.mime,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      bytes,
    });
  }
  if (problems.length) throw new MutationError("invalid", { fieldErrors: { attachments: problems } });
  return checked;
}

export type CheckedAttachment = Awaited<ReturnType<typeof checkAttachments>>[number];

/** Writes the attachments of a status update, description and bytes, in the update's transaction. */
export async function storeAttachments(
  tx: Tx,
  updateId: string,
  files: CheckedAttachment[],
  uploadedById: string | null,
) {
  for (const { bytes, ...file } of files) {
    await tx.attachment.create({
      data: { ...file, updateId, uploadedById, content: { create: { bytes } } },
      select: { id: true },
    });
  }
}

/**
 * An attachment with its bytes, if `viewer` may see its project: anyone for a published project,
 * signed-in staff for an unpublished one. Anything else is "not found" (no hint that it exists).
 */
export const attachmentFile = defineRead("attachments.file", "public", async (viewer, id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  return getDb().attachment.findFirst({
    where: { id, update: { project: visibleProjects(viewer) } },
    select: { fileName: true, mediaType: true, size: true, content: { select: { bytes: true } } },
  });
});
