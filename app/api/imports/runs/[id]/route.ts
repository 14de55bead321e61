import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { plainText } from "@/lib/http/plain-response";
import { getImportRun } from "@/lib/imports/queries";

/** A queued or finished import run, polled by the import page while a worker tries the file. */
export async function GET(_request: Request, { params }: RouteContext<"/api/imports/runs/[id]">) {
  const { id } = await params;
  const actor = await getActor();
  if (!can(actor, "projects.import")) return plainText(404, "Not found");
  const run = await getImportRun(actor, id);
  if (!run) return plainText(404, "Not found");
  return Response.json(run, { headers: { "Cache-Control": "private, no-store" } });
}
