import { getActor } from "@/lib/auth/actor";
import { attachmentFor } from "@/lib/projects/attachment-access";
import { readStored } from "@/lib/projects/attachments";

/** Serves an attachment from outside the web root to those who may see its project. */
export async function GET(_request: Request, { params }: RouteContext<"/api/attachments/[id]">) {
  const { id } = await params;
  const attachment = await attachmentFor(id, await getActor());
  if (!attachment)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  let body: Buffer;
  try {
    body = await readStored(attachment.storageKey);
  } catch {
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": attachment.mediaType,
      "Content-Length": String(body.length),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
