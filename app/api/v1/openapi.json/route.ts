import { openApiDocument } from "@/lib/open-data/openapi";

/** The OpenAPI 3.1 document of the public API. */
export function GET() {
  return Response.json(openApiDocument(), {
    headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" },
  });
}
