import { getActor } from "@/lib/auth/actor";
import { plainText } from "@/lib/http/plain-response";
import { attachmentFile } from "@/lib/projects/attachments";

/** Serves an attachment to those who may see its project, as a download that no browser runs. */
export async function GET(_request: Request, { params }: RouteContext<"/api/attachments/[id]">) {
  const { id } = await params;
  const attachment = await attachmentFile(await getActor(), id);
  if (!attachment?.content) return plainText(404, "Not found");
  return new Response(new Uint8Array(attachment.content.bytes), {
    headers: {
      "Content-Type": attachment.mediaType,
      "Content-Length": String(attachment.content.bytes.byteLength),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
