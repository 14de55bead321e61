import { z } from "zod";
import { apiPreflight, checkApiRequest } from "@/lib/http/api-route";
import { bulkProjects, bulkQuerySchema } from "@/lib/open-data/bulk";

/** Every published project in one streamed response, as JSON Lines. */
export async function GET(request: Request) {
  const checked = await checkApiRequest(request, bulkQuerySchema, z.object({}));
  if (checked instanceof Response) return checked;
  return new Response(bulkProjects("jsonl", checked.query), {
    headers: {
      ...checked.headers,
      "Content-Type": "application/jsonl; charset=utf-8",
      "Content-Disposition": 'attachment; filename="lmc-projects.jsonl"',
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
}

export const OPTIONS = apiPreflight;
