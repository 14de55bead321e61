import { isJobRequest } from "@/lib/cache/job-revalidation";
import { plainText } from "@/lib/http/plain-response";
import { revalidatePublicPages } from "@/lib/mutations/perform";

/** Expires the public pages for a background job (lib/cache/job-revalidation.ts); 404 to anyone else. */
export async function POST(request: Request): Promise<Response> {
  if (!isJobRequest(request)) return plainText(404, "Not found");
  revalidatePublicPages();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
