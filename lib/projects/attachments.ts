import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import type { Problem } from "@/lib/validation/errors";
import { MAX_ATTACHMENTS } from "./schemas";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

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

function uploadDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOAD_DIR ?? ".data/uploads");
}

export type StoredAttachment = {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
};

/** A file name that is safe to show and to send back in Content-Disposition. */
function cleanName(name: string, extension: string): string {
  const base =
    path
      .basename(name)
      .replace(/[\u0000-\u001f\u007f"\\/<>:|?*]+/g, "_")
      .trim()
      .slice(0, 150) || "attachment";
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/**
 * Checks and stores uploaded files outside the web root. Returns what was stored, or the problems
 * (size, count, type) without storing anything.
 */
export async function storeUploads(
  files: File[],
): Promise<{ stored: StoredAttachment[] } | { problems: Problem[] }> {
  const real = files.filter((file) => file.size > 0);
  if (real.length > MAX_ATTACHMENTS)
    return { problems: [{ key: "validation.tooManyFiles", params: { maximum: MAX_ATTACHMENTS } }] };
  const checked: { file: File; bytes: Buffer; mime: string; extension: string }[] = [];
  const problems: Problem[] = [];
  for (const file of real) {
    if (file.size > MAX_ATTACHMENT_BYTES) {
      problems.push({
        key: "validation.fileTooLarge",
        params: { name: file.name.slice(0, 80), maximum: 10 },
      });
      continue;
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    const detected = await fileTypeFromBuffer(bytes);
    const extension = detected && ALLOWED.get(detected.mime);
    if (!detected || !extension) {
      problems.push({ key: "validation.fileType", params: { name: file.name.slice(0, 80) } });
      continue;
    }
    checked.push({ file, bytes, mime: detected.mime, extension });
  }
  if (problems.length) return { problems };
  const month = new Date().toISOString().slice(0, 7);
  await mkdir(path.join(/*turbopackIgnore: true*/ uploadDir(), month), { recursive: true, mode: 0o700 });
  const stored: StoredAttachment[] = [];
  for (const { file, bytes, mime, extension } of checked) {
    const storageKey = `${month}/${randomUUID()}`;
    await writeFile(path.join(/*turbopackIgnore: true*/ uploadDir(), storageKey), bytes, { mode: 0o600 });
    stored.push({
      fileName: cleanName(file.name, extension),
      mediaType: mime,
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storageKey,
    });
  }
  return { stored };
}

export async function removeStored(storageKeys: string[]): Promise<void> {
  await Promise.all(
    storageKeys.map((key) => rm(path.join(/*turbopackIgnore: true*/ uploadDir(), key), { force: true })),
  );
}

export async function readStored(storageKey: string): Promise<Buffer> {
  if (!/^[\w-]+\/[\w-]+$/.test(storageKey)) throw new Error("bad storage key");
  return readFile(path.join(/*turbopackIgnore: true*/ uploadDir(), storageKey));
}
