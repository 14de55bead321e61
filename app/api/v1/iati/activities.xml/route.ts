import { z } from "zod";
import { apiPreflight, checkApiRequest } from "@/lib/http/api-route";
import { problem, UnknownValue } from "@/lib/http/problem";
import { openIatiFile } from "@/lib/iati/file";
import { iatiQuerySchema } from "@/lib/iati/params";
import { requireKnownValues } from "@/lib/open-data/known-values";

/** The published projects as an IATI 2.03 activity file, streamed (docs/decisions/0027). */
export async function GET(request: Request) {
  const checked = await checkApiRequest(request, iatiQuerySchema, z.object({}));
  if (checked instanceof Response) return checked;
  const { query, lng, headers } = checked;
  try {
    await requireKnownValues({ country: query.country });
  } catch (error) {
    if (error instanceof UnknownValue) return problem(400, lng, { errors: error.refused, headers });
    throw error;
  }
  const name = query.project ?? (query.country ? `lmc-${query.country.toLowerCase()}` : "lmc");
  const file = await openIatiFile({ country: query.country, project: query.project });
  if (!file) return problem(404, lng, { headers });
  return new Response(file, {
    headers: {
      ...headers,
      "Content-Type": "application/xml; charset=utf-8",
      "Content-Disposition": `inline; filename="${name}-activities.xml"`,
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
}

export const OPTIONS = apiPreflight;
